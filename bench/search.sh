#!/usr/bin/env bash
# Search benchmark (issue #5, item 6). Builds a synthetic corpus of N judgments by recombining the paragraphs of the
# 501 real ones (fixed seed), loads it into PostgreSQL, lets the platform build its Lucene index (mass indexer), then
# measures the service time of each query of the mix (keywords, phrases, filters, deep pages), runs the mix at a
# fixed arrival rate against the search API and the same queries on PostgreSQL (LIKE on the full text) as the
# baseline, and runs the mix again while an anonymising import publishes new judgments. Also measures the
# anonymising import alone on a sample. Results go to target/bench/search-N.txt; write them into
# docs/benchmarks/search.md.
#
# Usage: bench/search.sh [N=100000] [rate=20] [seconds=60] [import-sample=500] [import-during-queries=20000]
# Environment: BENCH_OUT (target/bench), BENCH_PORT (18080), BENCH_PG_PORT (54329), BENCH_BASELINE=0 to skip the
# PostgreSQL baseline (it waits up to 10 minutes for its answers).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
RATE=${2:-20}
SECONDS_RUN=${3:-60}
SAMPLE=${4:-500}
DURING=${5:-20000}
OUT=${BENCH_OUT:-target/bench}
DATA=$OUT/data-$N
PORT=${BENCH_PORT:-18080}
PG_PORT=${BENCH_PG_PORT:-54329}
JDBC="jdbc:postgresql://localhost:$PG_PORT/smartcourt?user=postgres"
REPORT=$OUT/search-$N.txt
mkdir -p "$OUT"

./mvnw -B -q -DskipTests package
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=$OUT/classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat $OUT/classpath.txt)"
tool() { java -Dtimeline=true -cp "$CP" org.smartcourt.publication.benchmark.SearchBenchmark "$@"; }
machine() { echo "   machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$REPORT"; }

APP_PID=
start_app() { # $1 log file, then extra arguments
  local log=$1; shift
  java -Xmx1g -jar target/smartcourt.jar --smartcourt.data-dir="$DATA" --server.port=$PORT \
    --smartcourt.embedded-database.port=$PG_PORT \
    --smartcourt.publication.search.rate-limit.enabled=false "$@" >"$log" 2>&1 &
  APP_PID=$!
  # While the import command runs, health says 503 (not ready) but the search answers: wait for what is measured.
  local probe="http://localhost:$PORT/actuator/health"
  [[ "${START_WAIT:-health}" == search ]] && probe="http://localhost:$PORT/api/v1/judgments/search?size=1"
  for _ in $(seq 1 300); do
    if curl -fs "$probe" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "The platform did not start; see $log" >&2; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" || true; }
trap '[[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true' EXIT

echo "== $N synthetic judgments (seed 20261129), $(java -version 2>&1 | head -1)" | tee "$REPORT"
[[ -s "$OUT/corpus-$N.jsonl" ]] || tool generate "$N" "$OUT/corpus-$N.jsonl"   # deterministic: reuse it

echo "== Anonymising import of $SAMPLE judgments (the documented import command)" | tee -a "$REPORT"
machine
rm -rf "$OUT/data-import"
head -n "$SAMPLE" "$OUT/corpus-$N.jsonl" > "$OUT/sample.jsonl"
java -Xmx1g -jar target/smartcourt.jar --smartcourt.data-dir="$OUT/data-import" --server.port=0 \
  --smartcourt.publication.import="$OUT/sample.jsonl" --smartcourt.publication.import-format=generic \
  2>&1 | grep -E "Import of .* done" | tee -a "$REPORT"

echo "== Bulk load into PostgreSQL and index build" | tee -a "$REPORT"
rm -rf "$DATA"
if [[ -d "$OUT/db-$N" ]]; then   # loaded by an earlier run (the load is not what is measured here)
  cp -a "$OUT/db-$N" "$DATA"
  echo "Reused the database loaded by an earlier run ($OUT/db-$N)" | tee -a "$REPORT"
else
  start_app "$OUT/app-load.log"
  tool load "$JDBC" "$OUT/corpus-$N.jsonl" | tee -a "$REPORT"
  stop_app
  rm -rf "$DATA/search-index"
  cp -a "$DATA" "$OUT/db-$N"
fi
machine
start_app "$OUT/app-index.log"   # the index holds 0 of N judgments: the platform rebuilds it
for _ in $(seq 1 14400); do
  if grep -q "HSEARCH700168" "$OUT/app-index.log"; then break; fi
  sleep 1
done
grep -o "Mass indexing complete in [^ ]* Indexed [0-9/]* entities" "$OUT/app-index.log" | tee -a "$REPORT" || true
machine
du -sh "$DATA/search-index" | tee -a "$REPORT"

echo "== Service time per query (warms the server up)" | tee -a "$REPORT"
tool service "http://localhost:$PORT" 5 | tee -a "$REPORT"
echo "== Query mix at $RATE queries/s for $SECONDS_RUN s (after 20 s at half the rate, not counted)" | tee -a "$REPORT"
tool api "http://localhost:$PORT" $(( (RATE + 1) / 2 )) 20 >/dev/null
machine
if [[ "${BENCH_BASELINE:-1}" == 1 ]]; then
  tool queries "http://localhost:$PORT" "$JDBC" "$RATE" "$SECONDS_RUN" | tee -a "$REPORT"
else
  tool api "http://localhost:$PORT" "$RATE" "$SECONDS_RUN" | tee -a "$REPORT"
fi
machine
stop_app

echo "== Query mix at $RATE queries/s for $SECONDS_RUN s while $DURING new judgments are imported" | tee -a "$REPORT"
echo "   (the import must outlast the run: check the import progress lines below)" | tee -a "$REPORT"
tool generate "$DURING" "$OUT/during-import.jsonl" 7 >/dev/null
START_WAIT=search start_app "$OUT/app-during-import.log" --smartcourt.publication.import="$OUT/during-import.jsonl" \
  --smartcourt.publication.import-format=generic --smartcourt.publication.import-exit=false
for _ in $(seq 1 600); do   # the import has published its first batch: it is under way
  grep -q "Import progress" "$OUT/app-during-import.log" && break
  sleep 1
done
tool service "http://localhost:$PORT" 3 >/dev/null   # warm-up, as above
tool api "http://localhost:$PORT" $(( (RATE + 1) / 2 )) 20 >/dev/null
machine
tool api "http://localhost:$PORT" "$RATE" "$SECONDS_RUN" | tee -a "$REPORT"
machine
grep -o "^.*Import progress: .*" "$OUT/app-during-import.log" | sed -n '1p;$p' | tee -a "$REPORT" || true
stop_app
echo "Report: $REPORT"
