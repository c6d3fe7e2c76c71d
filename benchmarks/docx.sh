#!/usr/bin/env bash
# Word-plan benchmark: builds the release binary and the test-support writer
# (Tests/WordPlanWriter, which writes plans with the same DocxFixtureWriter the
# tests use), generates synthetic plans (corpus/generate.py --format plans,
# fixed seed), writes each as a .docx (the three layouts in turn) and times
# `outcomelint audit` over the Word documents and over the same plans as one
# JSON Lines file, at --jobs 1 and --jobs 2 (median wall time of the repeats,
# peak RSS). It checks that every plan gets the same grade and score from its
# Word document as from its JSON. Writes benchmarks/DOCX.md.
#
#   bash benchmarks/docx.sh                     # 2,000 plans, 3 repeats
#   PLANS=500 REPEATS=1 SCRATCH=/tmp/build bash benchmarks/docx.sh
set -euo pipefail
cd "$(dirname "$0")/.."
plans=${PLANS:-2000}
repeats=${REPEATS:-3}
scratch=${SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product outcomelint >/dev/null
swift build -c release --scratch-path "$scratch" --product write-word-plans >/dev/null
bin="$scratch/release/outcomelint"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 corpus/generate.py --plans "$plans" --seed 1 --format plans > "$work/plans.jsonl"
"$scratch/release/write-word-plans" "$work/plans.jsonl" "$work/docx" >/dev/null
outcomes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['outcomes']) for l in open(sys.argv[1])))" "$work/plans.jsonl")
docx_mb=$(du -sm "$work/docx" | cut -f1)
jsonl_mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1e6:.1f}')" "$work/plans.jsonl")

# Median wall seconds and the largest peak RSS (MB) of $repeats runs of: audit ARGS.
measure() {
  for _ in $(seq "$repeats"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" audit --format jsonl "$@" > "$work/out.jsonl"
    cat "$work/time"
  done | sort -n | awk '{ wall[NR] = $1; if ($2 > rss) rss = $2 }
    END { printf "%.2f %.0f", wall[int((NR + 1) / 2)], rss / 1024 }'
}

rows=""
for jobs in 1 2; do
  read -r docx_s docx_rss <<< "$(measure --jobs "$jobs" "$work/docx")"
  cp "$work/out.jsonl" "$work/docx.jsonl"
  read -r json_s json_rss <<< "$(measure --jobs "$jobs" "$work/plans.jsonl")"
  rows+="| $jobs | \`.docx\` | $docx_s s | $(python3 -c "print(round($plans/$docx_s))") | $docx_rss MB |"$'\n'
  rows+="| $jobs | JSON Lines | $json_s s | $(python3 -c "print(round($plans/$json_s))") | $json_rss MB |"$'\n'
done
same=$(python3 - "$work/docx.jsonl" "$work/out.jsonl" <<'EOF'
import json, sys
def judged(path):
    return {r["id"]: (r.get("grade"), r.get("score"), r.get("error")) for r in map(json.loads, open(path))}
docx, plans = judged(sys.argv[1]), judged(sys.argv[2])
errors = sum(1 for v in docx.values() if v[2])
print(errors, "yes" if docx == plans else f"no ({sum(docx.get(k) != v for k, v in plans.items())} differ)")
EOF
)
read -r errors identical <<< "$same"

{
  echo "# Reading Word plans: speed"
  echo
  echo "Produced by \`bash benchmarks/docx.sh\` (PLANS=$plans, REPEATS=$repeats) on $(date -u +%Y-%m-%d) at"
  echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources lexicons Package.swift Tests/WordPlanWriter Tests/OutcomeLintTestSupport || echo ' with local changes'), with a release build."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(swift --version 2>/dev/null | head -1)."
  echo "The machine may be shared with other work, so wall times are noisy; compare the two inputs"
  echo "of the same run."
  echo
  echo "What was measured: \`outcomelint audit --format jsonl\` over $plans synthetic plans ($outcomes"
  echo "outcomes; \`corpus/generate.py --plans $plans --seed 1 --format plans\`), each written as a"
  echo "\`.docx\` by \`Tests/WordPlanWriter\` with the tests' \`DocxFixtureWriter\` (section headings,"
  echo "an outcome table and numbered lists in turn; $docx_mb MB in all), against the same plans as one"
  echo "JSON Lines file ($jsonl_mb MB). Each figure is the median wall time of $repeats runs and the largest"
  echo "peak RSS."
  echo
  echo "| --jobs | input | wall | plans per second | peak RSS |"
  echo "| --- | --- | --- | --- | --- |"
  printf "%s" "$rows"
  echo
  echo "Every plan gets the same grade and score from its Word document as from its JSON: $identical"
  echo "($errors unreadable documents)."
  echo
  echo "Documents are read (the ZIP archive checked, \`word/document.xml\` inflated by zlib, parsed and"
  echo "its sections found) on the reading thread, one after another, while the workers analyse; the"
  echo "difference between the two inputs is the cost of reading Word documents, and once the workers"
  echo "analyse faster than one thread reads, reading sets the pace whatever \`--jobs\` says."
} > benchmarks/DOCX.md
cat benchmarks/DOCX.md
