#!/usr/bin/env bash
# Regenerates the labelled anonymisation set (fixed seed) and scores the anonymiser on it.
# Usage: bench/anonymisation-eval.sh [--score-only]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/anonymisation-classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/anonymisation-classpath.txt)"
if [[ "${1:-}" != "--score-only" ]]; then
  java -cp "$classpath" org.smartcourt.publication.evaluation.EvaluationSetGenerator \
    src/main/resources/publication/demo/judge-criminal-501.jsonl \
    src/test/resources/publication/evaluation/anonymisation-eval.jsonl
fi
java -cp "$classpath" org.smartcourt.publication.evaluation.AnonymisationEvaluation \
  src/test/resources/publication/evaluation/anonymisation-eval.jsonl
