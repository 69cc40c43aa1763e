#!/usr/bin/env bash
# Measures how long the default mode (embedded PostgreSQL) takes to report UP, and how much memory it holds then.
# Usage: bench/startup.sh [runs]   (builds target/smartcourt.jar first if it is missing)
# Each run starts the jar on a free port, polls /actuator/health every 100 ms until UP, reads the resident memory of
# the Java process and of the PostgreSQL processes it started, then stops it with SIGTERM (graceful shutdown).
# Run 1 starts from an empty data directory (initdb + all migrations + reference data); later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/smartcourt.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); data: $data; port: $port"
printf '%-4s %-10s %-14s %-12s %-14s %-12s\n' run data-dir seconds-to-UP "Started in" java-RSS-MiB postgres-RSS-MiB
for run in $(seq 1 "$runs"); do
  state=$([ "$run" -eq 1 ] && echo empty || echo existing)
  log=$(mktemp)
  start=$(date +%s.%N)
  SMARTCOURT_DATA_DIR=$data SERVER_PORT=$port java -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died; log: $log" >&2; exit 1; }
    sleep 0.1
  done
  up=$(date +%s.%N)
  java_rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}')
  pg_rss="?"
  # postgres children do not carry the data dir in their command line: sum the whole postgres process tree.
  pg_main=$(pgrep -f -- "-D $data/postgres" | head -1 || true)
  if [ -n "$pg_main" ]; then
    pg_rss=$( (echo "$pg_main"; pgrep -P "$pg_main") | xargs -n1 ps -o rss= -p 2>/dev/null | awk '{s+=$1} END {printf "%.0f", s/1024}')
  fi
  started=$(grep -o 'Started CourtApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
  printf '%-4s %-10s %-14.2f %-12s %-14s %-12s\n' "$run" "$state" "$(echo "$up - $start" | bc)" "${started:-?}" "$java_rss" "${pg_rss:-?}"
  kill -TERM "$pid"
  wait "$pid" || true
  rm -f "$log"
done
rm -rf "$data"
