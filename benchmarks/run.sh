#!/usr/bin/env bash
# Throughput benchmark: builds the release binary, generates synthetic corpora of
# 10k, 100k and 1M outcomes (corpus/generate.py, fixed seed), and for each runs
# `outcomelint bench` (raw ICU word segmentation and the full engine in the same
# run, so the engine/ICU ratio is robust to a noisy machine). On the 1M corpus it
# also runs a real streaming `check` for peak RSS and checks that --jobs 1 and
# --jobs 2 give identical output with one line per input record. Then it counts
# instructions per outcome (benchmarks/instructions.sh, when valgrind is there), times
# one atomic operation (benchmarks/atomic-cost.c), and times proselint on the 10k
# corpus as a peer, if pip can install it.
# Writes benchmarks/RESULTS.md.
#
#   bash benchmarks/run.sh            # all sizes
#   SIZES="10000" bash benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/out
mkdir -p "$out"
sizes=${SIZES:-"10000 100000 1000000"}
# The binary as installed (see the README and build-installed.sh).
bin=$(bash benchmarks/build-installed.sh)
results=benchmarks/RESULTS.md
{
  echo "# Throughput results"
  echo
  echo "Produced by \`bash benchmarks/run.sh\` on $(date -u +%Y-%m-%d)."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(swift --version 2>/dev/null | head -1)."
  echo "Binary: \`benchmarks/build-installed.sh\` (the build the README installs: static runtime,"
  echo "link-time optimised, profile-guided with a training run on corpora from seed 3; the corpora"
  echo "measured here are from seed 1)."
  echo "Ratios compare each pass with raw ICU word segmentation measured in the same run."
  echo
  echo "Targets (issue 3): one worker with JSON Lines output at least 1/3 of raw ICU (aim 1/2);"
  echo "two workers at least 1.7x one worker; peak RSS under 100 MB on 1M outcomes; lexicon load"
  echo "and compile under 30 ms; \`check\` of one outcome under 50 ms wall."
  echo
} > "$results"
# A VM's speed also differs from one process to the next (where its memory lands, what
# the host runs beside it: single processes have ranged 0.33-0.35 at the same size), so
# each size runs in several processes (five below 1M, three at 1M), each timing its passes
# in rounds; every run's table is kept and the one-worker JSON Lines ratio is summarised
# over them by the median.
for size in $sizes; do
  corpus="$out/corpus-$size.txt"
  [ -f "$corpus" ] || python3 corpus/generate.py --outcomes "$size" --seed 1 --format text > "$corpus"
  # At least two rounds even at 1M: in a single round, raw ICU (the first pass) is the
  # first to walk the freshly loaded corpus and runs about 20% slow, which flatters the
  # engine's ratio.
  repeats=10 runs=${RUNS:-5}
  [ "$size" -ge 100000 ] && repeats=3
  [ "$size" -ge 1000000 ] && repeats=2 runs=${RUNS:-3}
  echo "## $size outcomes" >> "$results"
  ratios=()
  for run in $(seq "$runs"); do
    table=$("$bin" bench "$corpus" --repeats "$repeats")
    ratios+=("$(echo "$table" | awk -F'|' '/JSON Lines/ && $3+0 == 1 {gsub(/ /,"",$7); print $7}')")
    { echo; [ "$runs" -gt 1 ] && echo "### Run $run of $runs" && echo; echo "$table"; } >> "$results"
  done
  if [ "$runs" -gt 1 ]; then
    {
      echo
      echo "One worker with JSON Lines, ratio to ICU in each run: ${ratios[*]} (median $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'))."
    } >> "$results"
  fi
  echo >> "$results"
done
big="$out/corpus-$(echo $sizes | awk '{print $NF}').txt"
records=$(wc -l < "$big")
/usr/bin/time -v "$bin" check --format jsonl --jobs 2 --quiet "$big" > "$out/jobs2.jsonl" 2> "$out/time.txt"
"$bin" check --format jsonl --jobs 1 --quiet "$big" > "$out/jobs1.jsonl"
lines=$(wc -l < "$out/jobs2.jsonl")
identical=no
cmp -s "$out/jobs1.jsonl" "$out/jobs2.jsonl" && identical=yes
rss=$(awk '/Maximum resident/ {printf "%.0f", $6/1024}' "$out/time.txt")
wall=$(awk '/Elapsed/ {print $8}' "$out/time.txt")
# The fastest of five runs, in milliseconds: a single run on a shared machine may wait for a core.
start=$(python3 -c '
import subprocess, sys, time
times = []
for _ in range(5):
    begin = time.perf_counter()
    subprocess.run([sys.argv[1], "check", "--format", "jsonl", "--text", "Amy will read."], stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - begin)
print(f"{min(times) * 1000:.0f}")
' "$bin")
{
  echo "## Streaming check on $records outcomes"
  echo
  echo "- \`outcomelint check --format jsonl --jobs 2\`: wall $wall, peak RSS $rss MB, $lines output lines for $records input records"
  echo "- output identical with \`--jobs 1\` and \`--jobs 2\`: $identical"
  echo "- \`check\` of one outcome (start-up, lexicon load, analysis): ${start} ms wall (fastest of 5 runs)"
  echo
} >> "$results"
if command -v valgrind >/dev/null 2>&1; then
  {
    echo "## Instructions per outcome (not disturbed by other work on the machine)"
    echo
    echo "\`bash benchmarks/instructions.sh\`: valgrind counts the instructions of raw ICU word"
    echo "segmentation and of the engine with JSON Lines on one worker, on 2,000 generated outcomes."
    echo
    bash benchmarks/instructions.sh
    echo
  } >> "$results"
fi
if command -v cc >/dev/null 2>&1 && cc -O2 benchmarks/atomic-cost.c -o "$out/atomic-cost"; then
  {
    echo "## What an atomic operation costs here"
    echo
    echo "\`benchmarks/atomic-cost.c\` (each Swift retain and release is one): $("$out/atomic-cost")"
    echo
  } >> "$results"
fi
peer="$out/corpus-$(echo $sizes | awk '{print $1}').txt"
if [ ! -x "$out/venv/bin/proselint" ]; then
  python3 -m venv "$out/venv" >/dev/null 2>&1 && "$out/venv/bin/pip" install -q proselint >/dev/null 2>&1 || true
fi
if [ -x "$out/venv/bin/proselint" ]; then
  # Both tools are timed alike: each as a whole process on the whole file (start-up
  # included), in turn, three rounds, keeping each one's fastest.
  icu=$("$bin" bench "$peer" --repeats 3 --jobs 1 | awk -F'|' '/raw ICU/ {gsub(/ /,"",$4); print $4}')
  seconds() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    python3 -c "print(f'{($end - $start) / 1e9:.3f}')"
  }
  engine="" secs=""
  for round in 1 2 3; do
    ours=$(seconds "$bin" check --format jsonl --jobs 1 "$peer")
    theirs=$(seconds "$out/venv/bin/proselint" check "$peer")
    engine=$(printf '%s\n' $engine $ours | sort -n | head -1)
    secs=$(printf '%s\n' $secs $theirs | sort -n | head -1)
  done
  {
    echo "## Peer: proselint on the same $(wc -l < "$peer")-outcome corpus"
    echo
    echo "Each tool as a whole process on the whole file (start-up included), fastest of three rounds taken in turn."
    echo
    echo "- proselint $("$out/venv/bin/pip" show proselint | awk '/^Version/ {print $2}') (\`proselint check FILE\`): ${secs} s"
    echo "- outcomelint (\`outcomelint check --format jsonl --jobs 1 FILE\`): ${engine} s"
    echo "- raw ICU on the same text (\`outcomelint bench\`, in the process): ${icu} s"
    echo "- ratio to ICU: proselint $(python3 -c "print(f'{$icu/$secs:.4f}')"), outcomelint $(python3 -c "print(f'{$icu/$engine:.4f}')"); outcomelint is $(python3 -c "print(f'{$secs/$engine:.1f}')")x faster"
    echo
  } >> "$results"
else
  echo "proselint could not be installed here; no peer comparison." >> "$results"
fi
cat "$results"
