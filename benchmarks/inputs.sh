#!/usr/bin/env bash
# Input-format benchmark: the same generated outcomes (corpus/generate.py, fixed
# seed) as plain text, as JSON Lines (with the generator's id, plan, area and phase
# fields) and as CSV with a header (the same columns; Python's csv module quotes
# every field that holds a comma), each run through the installed build's
# `check --format jsonl` at --jobs 1 and at all cores. Reports the median wall time
# and user CPU of the repeats, and checks that every format gives every outcome the
# same grade. The reading thread decodes the records, so its cost shows in the
# user CPU and, once it is slower than the workers, in the wall time. Writes
# benchmarks/INPUTS.md.
#
#   bash benchmarks/inputs.sh                         # 100,000 outcomes, 3 repeats
#   OUTCOMES=10000 REPEATS=1 bash benchmarks/inputs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
outcomes=${OUTCOMES:-100000}
repeats=${REPEATS:-3}
cores=$(nproc)
bin=$(bash benchmarks/build-installed.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 corpus/generate.py --outcomes "$outcomes" --seed 1 --format text > "$work/in.txt"
python3 corpus/generate.py --outcomes "$outcomes" --seed 1 --format jsonl > "$work/in.jsonl"
python3 - "$work/in.jsonl" "$work/in.csv" <<'EOF'
import csv, json, sys
with open(sys.argv[2], "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["id", "plan", "area", "phase", "text"])
    for line in open(sys.argv[1]):
        record = json.loads(line)
        writer.writerow([record["id"], record["plan"], record["area"], record["phase"], record["text"]])
EOF

# "median-wall median-user" of $repeats runs of: check --format jsonl ARGS.
measure() {
  : > "$work/times"
  for _ in $(seq "$repeats"); do
    /usr/bin/time -f "%e %U" -o "$work/time" "$bin" check --format jsonl --quiet "$@" > "$work/out.jsonl"
    cat "$work/time" >> "$work/times"
  done
  median() { cut -d' ' -f"$1" "$work/times" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }'; }
  echo "$(median 1) $(median 2)"
}

grades() { python3 -c 'import json,sys; print("\n".join(json.loads(l)["grade"] for l in open(sys.argv[1])))' "$1"; }

rows=""
same=yes
for format in txt jsonl csv; do
  for jobs in 1 "$cores"; do
    read -r wall user <<< "$(measure --jobs "$jobs" "$work/in.$format")"
    rows+="| $format | $jobs | $wall | $user |"$'\n'
  done
  grades "$work/out.jsonl" > "$work/grades.$format"
  cmp -s "$work/grades.txt" "$work/grades.$format" || same=no
done
size() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1e6:.1f}')" "$1"; }

{
  echo "# Input formats: $outcomes outcomes"
  echo
  echo "Produced by \`bash benchmarks/inputs.sh\` on $(date -u +%Y-%m-%d) at commit"
  echo "$(git rev-parse --short HEAD), with the installed build (\`benchmarks/build-installed.sh\`)."
  echo "Machine: $cores cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')."
  echo "The machine may be shared with other work, so wall times are noisy: each figure is the"
  echo "median of $repeats runs."
  echo
  echo "The same outcomes as text ($(size "$work/in.txt") MB), JSON Lines ($(size "$work/in.jsonl") MB) and CSV ($(size "$work/in.csv") MB),"
  echo "each through \`outcomelint check --format jsonl --jobs N --quiet FILE\`:"
  echo
  echo "| input | --jobs | wall (s) | user CPU (s) |"
  echo "| --- | --- | --- | --- |"
  printf "%s" "$rows"
  echo
  echo "Every format gives every outcome the same grade: $same."
  echo
  echo "One reading thread decodes the records for all the workers. Whatever the format costs"
  echo "beyond plain text is the extra user CPU; once the reading thread is slower than the"
  echo "workers, it sets the wall time too."
} > benchmarks/INPUTS.md
cat benchmarks/INPUTS.md
