#!/usr/bin/env bash
# Robustness report: fuzzes each libFuzzer target for a fixed time, runs the
# test suite under AddressSanitizer and ThreadSanitizer, and runs the
# fault-injection and safety tests; writes benchmarks/ROBUSTNESS.md.
#
#   bash benchmarks/robustness.sh [FUZZ_SECONDS_PER_TARGET]   (default 120)
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
report=benchmarks/ROBUSTNESS.md
fuzz_status=passed
bash Tests/Fuzz/run.sh "$seconds" > /tmp/outcomelint-fuzz.log 2>&1 || fuzz_status=failed
crashes=$(find Tests/Fuzz/crashes -type f 2>/dev/null | wc -l)
asan=passed
LSAN_OPTIONS="suppressions=$PWD/Tests/Sanitizers/lsan-suppressions.txt" \
  swift test --sanitize=address --scratch-path .build-asan > /tmp/outcomelint-asan.log 2>&1 || asan=failed
tsan=passed
TSAN_OPTIONS="suppressions=$PWD/Tests/Sanitizers/tsan-suppressions.txt" \
  swift test --sanitize=thread --scratch-path .build-tsan > /tmp/outcomelint-tsan.log 2>&1 || tsan=failed
swift test --filter "FaultInjectionTests|SafetyTests|InputPlanTests|BatchAnalyzerTests|BatchCommandTests" \
  > /tmp/outcomelint-faults.log 2>&1
{
  echo "# Robustness"
  echo
  echo "Produced by \`bash benchmarks/robustness.sh $seconds\` on $(date -u +%Y-%m-%d) ($(nproc) cores), at commit $(git rev-parse --short HEAD)."
  echo
  echo "## Fuzzing (libFuzzer with AddressSanitizer, Tests/Fuzz/)"
  echo
  echo "| target | time | executions | crashes |"
  echo "| --- | --- | --- | --- |"
  while read -r name time runs; do
    echo "| $name | $time | $runs | $(find Tests/Fuzz/crashes -name "$name-crash-*" 2>/dev/null | wc -l) |"
  done < .build-fuzz/summary.txt
  echo
  echo "Fuzzing: $fuzz_status; crash inputs kept in Tests/Fuzz/crashes/: $crashes."
  echo
  echo "## Sanitizers"
  echo
  echo "| suite | result | tests |"
  echo "| --- | --- | --- |"
  echo "| swift test --sanitize=address | $asan | $(grep -E 'Test run with' /tmp/outcomelint-asan.log | tail -1 | sed 's/.*Test run with //') |"
  echo "| swift test --sanitize=thread | $tsan | $(grep -E 'Test run with' /tmp/outcomelint-tsan.log | tail -1 | sed 's/.*Test run with //') |"
  echo
  echo "Suppressions: Tests/Sanitizers/ (LeakSanitizer: XCTest and Foundation runtime leaks;"
  echo "ThreadSanitizer: the batch pipeline's Mutex, whose futex ThreadSanitizer cannot see)."
  echo
  echo "## Fault injection and safety tests"
  echo
  echo "| test | result |"
  echo "| --- | --- |"
  grep -E "^(✔|✘) Test [a-zA-Z]+\(" /tmp/outcomelint-faults.log | sed -E 's/^(✔|✘) Test ([a-zA-Z]+)\(.*(passed|failed).*/| \2 | \3 |/' | sort -u
} > "$report"
cat "$report"
