#!/usr/bin/env bash
# Builds outcomelint as the README installs it and prints the binary's path: the
# release build with Swift's runtime and Foundation linked in (no Swift libraries to
# load at start-up) and whole-program link-time optimisation across the project's
# modules. Its own build folder, so switching between it and `swift run -c release`
# rebuilds neither. Used by the benchmarks, and by CI, which checks that this build
# judges exactly as the tested one.
#
#   bin=$(bash benchmarks/build-installed.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-installed
# Quiet unless the build fails.
if ! log=$(swift build -c release --static-swift-stdlib --experimental-lto-mode full \
  --scratch-path "$scratch" --product outcomelint 2>&1); then
  echo "$log" >&2
  exit 1
fi
echo "$PWD/$scratch/release/outcomelint"
