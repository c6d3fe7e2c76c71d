#!/usr/bin/env bash
# Builds outcomelint as the README installs it and prints the binary's path: the
# release build with Swift's runtime and Foundation linked in (no Swift libraries to
# load at start-up), whole-program link-time optimisation across the project's
# modules, and profile-guided optimisation.
#
# Profile-guided: an instrumented build first runs a training workload (`check`,
# `rewrite`, `explain`, `audit` and `evaluate` on the project's own outcomes and
# plans, and `check` on 20,000 generated outcomes from a seed the benchmarks do not
# use), and the final build is optimised with the execution counts it recorded
# (LLVM's IR-level PGO: which branches are taken, which functions are hot, what to
# inline). The counts only steer optimisation, so the output is the same; CI checks
# that this build judges byte for byte as the tested one. Where the toolchain lacks
# LLVM's profile runtime or llvm-profdata, the build is made without a profile and
# says so on stderr.
#
# Each build has its own folder, so switching between it and `swift run -c release`
# rebuilds neither. Used by the benchmarks, and by CI.
#
#   bin=$(bash benchmarks/build-installed.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
common=(-c release --static-swift-stdlib --experimental-lto-mode full --product outcomelint)

# Quiet unless the build fails.
build() {
  local log
  if ! log=$(swift build "${common[@]}" "$@" 2>&1); then
    echo "$log" >&2
    exit 1
  fi
}

toolchain=$(dirname "$(readlink -f "$(command -v swift)")")
profdata_tool="$toolchain/llvm-profdata"
runtime=$(find "$toolchain/../lib/clang" -name "libclang_rt.profile-$(uname -m).a" 2>/dev/null |
  sort | tail -1)
if [ ! -x "$profdata_tool" ] || [ -z "$runtime" ]; then
  echo "build-installed: no LLVM profile runtime or llvm-profdata in $toolchain;" \
    "building without profile-guided optimisation" >&2
  build --scratch-path .build-installed
  echo "$PWD/.build-installed/release/outcomelint"
  exit 0
fi

# 1. The instrumented build.
build --scratch-path .build-installed-profile \
  -Xswiftc -Xfrontend -Xswiftc "-ir-profile-generate=$PWD/.build-installed-profile/build-%p.profraw" \
  -Xlinker "$runtime" -Xlinker -u__llvm_profile_runtime
# The build's own tools (the lexicon embedder) are instrumented too; their counts are not wanted.
rm -f .build-installed-profile/build-*.profraw
instrumented=$PWD/.build-installed-profile/release/outcomelint

# 2. Its training run, unless this instrumented binary has been trained already. The
# profile is named after the binary, so the final build's flags change exactly when the
# sources do: every module is then rebuilt with the one profile (link-time optimisation
# refuses modules optimised with different ones), and an unchanged tree rebuilds nothing.
profiles=$PWD/.build-installed/profiles
profile=$profiles/$(sha256sum "$instrumented" | cut -c1-16).profdata
if [ ! -f "$profile" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  python3 corpus/generate.py --outcomes 20000 --seed 3 --format text > "$work/generated.txt"
  python3 corpus/generate.py --outcomes 500 --seed 3 --format jsonl > "$work/generated.jsonl"
  train() {
    # `check` exits 1 when an outcome is below --fail-under; none is set here.
    LLVM_PROFILE_FILE="$work/train-%p.profraw" "$instrumented" "$@" > /dev/null
  }
  train check --format jsonl --jobs 1 --quiet "$work/generated.txt"
  train check --format csv --summary --jobs 2 --quiet "$work/generated.jsonl" 2> /dev/null
  train check corpus/samples/outcomes.txt
  train rewrite --format text corpus/labelled/outcomes.jsonl
  train explain "Amy will be given 1:1 support to improve her reading."
  train audit corpus/plans
  train audit --format jsonl corpus/plans
  train evaluate corpus/labelled/outcomes.jsonl
  rm -rf "$profiles"
  mkdir -p "$profiles"
  "$profdata_tool" merge -o "$profile" "$work"/train-*.profraw
fi

# 3. The final build, optimised with the profile.
build --scratch-path .build-installed -Xswiftc -Xfrontend -Xswiftc "-ir-profile-use=$profile"
echo "$PWD/.build-installed/release/outcomelint"
