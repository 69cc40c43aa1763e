#!/usr/bin/env bash
# Complaint PDFs generated per second (all 11 types, one thread, no database) and filings opened + registered per
# second through the use cases on the embedded database. Results: docs/benchmarks/filing.md.
# Usage: bench/filing.sh [pdfs] [filings] [guided submissions]   (defaults 110, 200 and 50)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.smartcourt.filing.FilingBenchmark "${1:-110}" "${2:-200}" "${3:-50}" 2>&1 | grep -E "per second|Exception|Error"
