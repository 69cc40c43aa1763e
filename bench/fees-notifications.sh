#!/usr/bin/env bash
# Payment notifications booked per second, over HTTP against the whole application. Results: docs/benchmarks/fees.md.
# Usage: bench/fees-notifications.sh [notifications] [client threads], e.g. bench/fees-notifications.sh 2000 4
# The first 100 notifications warm up and are not measured.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
exec java -cp "$classpath" org.smartcourt.fees.NotificationBookingBenchmark "${1:-2000}" "${2:-4}"
