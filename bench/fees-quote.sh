#!/usr/bin/env bash
# Fee quotes per second of the fee engine (JMH). Results: docs/benchmarks/fees.md.
# Usage: bench/fees-quote.sh [extra JMH options], e.g. bench/fees-quote.sh -f 1 -wi 3 -i 5 -r 2s -w 2s
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
options=("$@")
if [ ${#options[@]} -eq 0 ]; then
  options=(-f 1 -wi 3 -i 5 -w 2s -r 2s -t 1)
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "org.smartcourt.fees.FeeQuoteBenchmark" "${options[@]}" \
  -rf json -rff target/fees-quote-jmh.json
