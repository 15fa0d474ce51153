#!/bin/bash
# analyze amce against R on the same file in the same run (issue 13; docs/benchmarks.md "Command line against R").
# Needs R with data.table and sandwich (Debian: apt-get install r-base-core r-cran-data.table r-cran-sandwich) and a
# built app (./moralbase test or ./moralbase package). Usage: docs/bench/amce-vs-r.sh [ROWS] (default 2000000).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-2000000}
dir=${TMPDIR:-/tmp}/moralbase-amce-vs-r
mkdir -p "$dir"
file="$dir/mm-$rows.csv"
[ -s "$file" ] || ./moralbase generate mm --scenarios $((rows / 2)) --seed 1 --output "$file" >&2
echo "file: $file ($(wc -l < "$file") lines); load: $(cut -d' ' -f1-3 /proc/loadavg)"
best_cli=
for i in 1 2 3; do
  start=$(date +%s.%N)
  ./moralbase analyze amce --input "$file" --json > "$dir/cli.json"
  t=$(echo "$(date +%s.%N) - $start" | bc)
  echo "moralbase analyze amce: ${t} s"
  if [ -z "$best_cli" ] || (( $(echo "$t < $best_cli" | bc) )); then best_cli=$t; fi
done
start=$(date +%s.%N)
Rscript docs/bench/amce-vs-r.R "$file" > "$dir/r.csv"
r_total=$(echo "$(date +%s.%N) - $start" | bc)
echo "R (data.table + lm + sandwich::vcovCL): ${r_total} s ($(tail -1 "$dir/r.csv"))"
# the same numbers? the largest difference of an estimate and of a clustered SE
python3 - "$dir/cli.json" "$dir/r.csv" <<'PY'
import csv, json, sys
cli = {e["attribute"]: e for e in json.load(open(sys.argv[1]))["estimates"]}
rows = [r for r in csv.DictReader(open(sys.argv[2])) if r["attribute"] in cli]
de = max(abs(cli[r["attribute"]]["estimate"] - float(r["estimate"])) for r in rows)
ds = max(abs(cli[r["attribute"]]["standardError"] - float(r["se_cluster"])) / float(r["se_cluster"]) for r in rows)
print(f"attributes compared: {len(rows)}; largest |estimate difference| {de:.2e}; largest relative SE difference {ds:.2e}")
PY
echo "R / moralbase (fastest of 3): $(echo "scale=1; $r_total / $best_cli" | bc)x"
