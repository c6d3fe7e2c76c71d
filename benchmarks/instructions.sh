#!/usr/bin/env bash
# Deterministic cost per outcome: counts the instructions (valgrind's callgrind) that
# raw ICU word segmentation and the full engine with JSON Lines on one worker take on
# the same generated outcomes, start-up subtracted, and prints their ratio. Unlike
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
head -1 "$work/corpus.txt" > "$work/one.txt"
# ICU: only the segmentation pass itself is counted (one thread, so callgrind can
# toggle collection on entry to it). The engine runs on worker threads, so its
# count is the whole run's minus the same run on a one-outcome file. Swift seeds
# its hashing afresh in every process; fixing the seed makes the counts repeatable.
count() {
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : //p'
}
icu=$(( $(count --toggle-collect='*segmentOnly*' "$work/outcomelint" bench "$work/corpus.txt" --only icu) / outcomes ))
all=$(count "$work/outcomelint" bench "$work/corpus.txt" --only jsonl)
one=$(count "$work/outcomelint" bench "$work/one.txt" --only jsonl)
engine=$(( (all - one) / (outcomes - 1) ))
echo "| pass | instructions per outcome | ratio to ICU |"
echo "| --- | --- | --- |"
echo "| raw ICU word segmentation | $icu | 1.000 |"
echo "| engine + JSON Lines, 1 worker | $engine | $(python3 -c "print(f'{$icu / $engine:.3f}')") |"
