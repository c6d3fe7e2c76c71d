#!/usr/bin/env bash
# Deterministic cost per outcome: counts the instructions (valgrind's callgrind) that
# raw ICU word segmentation and the full engine with JSON Lines on one worker take on
# the same generated outcomes, each pass alone, and prints their ratio, with the atomic
# operations each executes (on the machines this was measured on one takes 2 to 7 ns, 3 to
# 16 times as long as a plain add in the same loop). Unlike
# wall time it is not disturbed by other work on a shared machine, so it shows what a
# change to the engine costs. Needs valgrind.
#
#   bash benchmarks/instructions.sh [OUTCOMES]      (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
outcomes=${1:-2000}
bin=$(bash benchmarks/build-installed.sh)   # as run.sh builds it
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the Swift compiler's debug information; the symbols are enough.
strip --strip-debug -o "$work/outcomelint" "$bin"
python3 corpus/generate.py --outcomes "$outcomes" --seed 7 --format text > "$work/corpus.txt"
# Each pass is counted alone: callgrind collects only inside the function that does
# the pass's work (raw ICU: segmentOnly; the engine: the worker's batch renderer, which
# analyses, rewrites and renders JSON Lines exactly as `check` does), so start-up and
# the reader and writer threads (whose waits on locks depend on timing) are left out.
# Swift seeds its hashing afresh in every process; fixing the seed makes the counts
# repeat exactly.
count() {
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --dump-instr=yes --compress-pos=no \
    --compress-strings=no --callgrind-out-file="$work/callgrind.out" "$@" >/dev/null 2>&1
}
# Prints "instructions atomics" for the last count: every executed instruction, and the
# executed lock-prefixed ones (atomic read-modify-writes: nearly all are Swift's reference
# counting, each costing tens of cycles, so they weigh far more in time than in number).
tally() {
  python3 - "$work/callgrind.out" <<'PY'
import subprocess, sys
locks = {}
def lock_addresses(path):
    if path not in locks:
        listing = subprocess.run(["objdump", "-d", "--no-show-raw-insn", path],
                                 capture_output=True, text=True).stdout
        locks[path] = {int(line.split(":")[0], 16) for line in listing.splitlines()
                       if "\tlock " in line}
    return locks[path]
obj, after_call, total, atomics = None, False, 0, 0
for line in open(sys.argv[1]):
    if line.startswith("ob="):
        obj = line[3:].strip()
    elif line.startswith("calls="):
        after_call = True  # the next cost line is the call's inclusive cost
    elif line.startswith("0x"):
        if after_call:
            after_call = False
            continue
        fields = line.split()
        cost = int(fields[2]) if len(fields) > 2 else 0
        total += cost
        if int(fields[0], 16) in lock_addresses(obj):
            atomics += cost
print(total, atomics)
PY
}
count --toggle-collect='*segmentOnly*' "$work/outcomelint" bench "$work/corpus.txt" --only icu
read -r icu_total icu_atomics <<< "$(tally)"
count --toggle-collect='*CheckBatchRenderer*render*' "$work/outcomelint" bench "$work/corpus.txt" --only jsonl
read -r engine_total engine_atomics <<< "$(tally)"
per() { python3 -c "print(f'{$1 / $outcomes:,.0f}')"; }
echo "| pass | instructions per outcome | atomic operations per outcome | ratio to ICU (instructions) |"
echo "| --- | --- | --- | --- |"
echo "| raw ICU word segmentation | $(per "$icu_total") | $(per "$icu_atomics") | 1.000 |"
echo "| engine + JSON Lines, 1 worker | $(per "$engine_total") | $(per "$engine_atomics") | $(python3 -c "print(f'{$icu_total / $engine_total:.3f}')") |"
