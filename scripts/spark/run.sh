#!/usr/bin/env bash
# Runs chronicler as the map step of a Spark job (PySpark, local mode) and checks that the
# output equals a single-process run on the same corpus.
#
#   scripts/spark/run.sh [DOCS]        (default 2000 documents)
#
# Installs PySpark from PyPI into a venv ($SPARK_VENV, default /tmp/chronicler-spark-venv;
# never committed). Needs Java 17+ (Spark 4). Exits 1 if the outputs differ.
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCS=${1:-2000}
VENV=${SPARK_VENV:-/tmp/chronicler-spark-venv}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

command -v java >/dev/null || { echo "spark: no java on PATH (Spark needs Java 17+)" >&2; exit 2; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import pyspark" 2>/dev/null || "$VENV/bin/pip" install --quiet "pyspark>=4,<5"
BIN=$PWD/target/release/chronicler
[ -x "$BIN" ] || cargo build --release --quiet

python3 bench/gen_corpus.py --docs "$DOCS" > "$WORK/corpus.jsonl"
start=$(date +%s)
"$BIN" extract - --format jsonl -o - --quiet < "$WORK/corpus.jsonl" > "$WORK/single.jsonl"
mid=$(date +%s)
"$VENV/bin/python" scripts/spark/pipe.py "$WORK/corpus.jsonl" "$WORK/spark.jsonl" "$BIN" 4
end=$(date +%s)
echo "single process: $(wc -l < "$WORK/single.jsonl") events in $((mid - start)) s; spark: $(wc -l < "$WORK/spark.jsonl") events in $((end - mid)) s"
if cmp -s "$WORK/single.jsonl" "$WORK/spark.jsonl"; then
  echo "spark: the output equals the single-process run"
else
  echo "spark: the outputs DIFFER" >&2
  diff <(head -c 2000 "$WORK/single.jsonl") <(head -c 2000 "$WORK/spark.jsonl") >&2 || true
  exit 1
fi
