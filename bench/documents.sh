#!/usr/bin/env bash
# Sealed PDFs per second (render XHTML with the bundled font + PAdES seal, one thread) and time to verify one PDF.
# Usage: bench/documents.sh [documents] [verifications]   (defaults 100 and 300; no database needed)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.smartcourt.documents.sealing.SealingBenchmark "${1:-100}" "${2:-300}" 2>&1 | grep -v " INFO "
