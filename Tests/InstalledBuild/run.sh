#!/usr/bin/env bash
# Checks that the build the README installs (benchmarks/build-installed.sh: static
# runtime, whole-program link-time optimisation, which SwiftPM still calls
# experimental, and profile-guided optimisation) judges exactly as the debug build
# the test suite runs: the same bytes out for the sample outcomes, 2,000 generated
# ones, the sample plans and their rewrites. Run by CI.
#
#   bash Tests/InstalledBuild/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
installed=$(bash benchmarks/build-installed.sh)
swift build --product outcomelint >/dev/null
tested=.build/debug/outcomelint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 corpus/generate.py --outcomes 2000 --seed 11 --format text > "$work/generated.txt"
run() {
  local bin=$1
  "$bin" check --format jsonl --jobs 2 corpus/samples/outcomes.txt "$work/generated.txt"
  "$bin" check --format csv corpus/samples/outcomes.txt
  "$bin" rewrite --format text corpus/samples/outcomes.txt
  "$bin" audit --format jsonl corpus/plans
}
# `check` exits 1 when an outcome is below --fail-under; none is set, so any
# non-zero status is a failure.
run "$tested" > "$work/tested.txt"
run "$installed" > "$work/installed.txt"
if ! cmp -s "$work/tested.txt" "$work/installed.txt"; then
  echo "the installed build's output differs from the tested build's:" >&2
  diff "$work/tested.txt" "$work/installed.txt" | head -20 >&2
  exit 1
fi
echo "installed build: $(wc -l < "$work/installed.txt") lines, identical to the tested build"
