#!/usr/bin/env bash
# Deterministic cost per outcome: counts the instructions (valgrind's callgrind) that
# raw ICU word segmentation and the full engine with JSON Lines on one worker take on
# the same generated outcomes, each pass alone, and prints their ratio. Unlike
# wall time it is not disturbed by other work on a shared machine, so it shows what a
# change to the engine costs. Needs valgrind.
#
#   bash benchmarks/instructions.sh [OUTCOMES]      (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
outcomes=${1:-2000}
swift build -c release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the Swift compiler's debug information; the symbols are enough.
strip --strip-debug -o "$work/outcomelint" .build/release/outcomelint
python3 corpus/generate.py --outcomes "$outcomes" --seed 7 --format text > "$work/corpus.txt"
# Each pass is counted alone: callgrind collects only inside the function that does
# the pass's work (raw ICU: segmentOnly; the engine: the worker's batch renderer, which
# analyses, rewrites and renders JSON Lines exactly as `check` does), so start-up and
# the reader and writer threads (whose waits on locks depend on timing) are left out.
# Swift seeds its hashing afresh in every process; fixing the seed makes the counts
# repeat exactly.
count() {
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : //p'
}
icu=$(( $(count --toggle-collect='*segmentOnly*' "$work/outcomelint" bench "$work/corpus.txt" --only icu) / outcomes ))
engine=$(( $(count --toggle-collect='*CheckBatchRenderer*render*' "$work/outcomelint" bench "$work/corpus.txt" --only jsonl) / outcomes ))
echo "| pass | instructions per outcome | ratio to ICU |"
echo "| --- | --- | --- |"
echo "| raw ICU word segmentation | $icu | 1.000 |"
echo "| engine + JSON Lines, 1 worker | $engine | $(python3 -c "print(f'{$icu / $engine:.3f}')") |"
