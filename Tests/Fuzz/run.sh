#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer straight from the sources
# (SwiftPM renames executables' `main`, which libFuzzer must provide) and runs
# each for a fixed time on its seed corpus. A crash leaves its input in
# Tests/Fuzz/crashes/ (named after its target, e.g. AnalyzerFuzz-crash-…) and
# fails the script.
#
#   bash Tests/Fuzz/run.sh [SECONDS]          (FUZZ_SKIP="WordFuzz" leaves targets out)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
work=.build-fuzz
mkdir -p "$work" Tests/Fuzz/crashes
swift build --target OutcomeLint >/dev/null   # dependencies, and the plugin that embeds lexicons/
embedded=$(find .build/plugins/outputs -name BundledLexiconSources.swift | head -1)
built=.build/debug
# Dependencies are linked as SwiftPM built them (not instrumented); the project's
# own modules are compiled here with coverage instrumentation and ASan.
dependencies=$(find "$built/CSV.build" "$built/Yams.build" "$built/CYaml.build" -name '*.o')
cyaml=$(find .build/checkouts/Yams/Sources/CYaml/include -name module.modulemap | head -1)
# One package name for every module, as SwiftPM gives, so `package` declarations resolve.
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -package-name outcomelint)
modules=(-I "$work" -I "$built/Modules" -Xcc -fmodule-map-file="$work/module.modulemap"
  -Xcc -fmodule-map-file="$cyaml")
cat > "$work/module.modulemap" <<MAP
module CICUBreak {
  header "$PWD/Sources/CICUBreak/include/CICUBreak.h"
  export *
}
module CInflate {
  header "$PWD/Sources/CInflate/include/CInflate.h"
  export *
}
module CProbe {
  header "$PWD/Sources/CProbe/include/CProbe.h"
  export *
}
MAP
clang -c -fsanitize=fuzzer-no-link,address -O1 -g -I Sources/CICUBreak/include \
  Sources/CICUBreak/CICUBreak.c -o "$work/CICUBreak.o"
clang -c -fsanitize=fuzzer-no-link,address -O1 -g -I Sources/CInflate/include \
  Sources/CInflate/CInflate.c -o "$work/CInflate.o"
swiftc "${flags[@]}" "${modules[@]}" -emit-library -static -emit-module -module-name OutcomeLint \
  -emit-module-path "$work/OutcomeLint.swiftmodule" \
  $(find Sources/OutcomeLint -name '*.swift') "$embedded" -o "$work/libOutcomeLint.a"
swiftc "${flags[@]}" "${modules[@]}" -emit-library -static -emit-module \
  -module-name OutcomeLintRules -emit-module-path "$work/OutcomeLintRules.swiftmodule" \
  $(find Sources/OutcomeLintRules -name '*.swift') -o "$work/libOutcomeLintRules.a"
swiftc "${flags[@]}" "${modules[@]}" -emit-library -static -emit-module \
  -module-name OutcomeLintReporters -emit-module-path "$work/OutcomeLintReporters.swiftmodule" \
  $(find Sources/OutcomeLintReporters -name '*.swift') -o "$work/libOutcomeLintReporters.a"
status=0
: > "$work/summary.txt"
for target in Tests/Fuzz/*Fuzz.swift; do
  name=$(basename "$target" .swift)
  # FUZZ_SKIP="A B" leaves targets out.
  case " ${FUZZ_SKIP:-} " in *" $name "*) continue ;; esac
  swiftc "${flags[@]}" "${modules[@]}" "$target" Tests/OutcomeLintTestSupport/StrictCSV.swift \
    "$work/libOutcomeLintReporters.a" "$work/libOutcomeLintRules.a" "$work/libOutcomeLint.a" $dependencies "$work/CICUBreak.o" "$work/CInflate.o" \
    -licuuc -lz -o "$work/$name" 2>"$work/$name.link.log" || { cat "$work/$name.link.log"; exit 1; }
  corpus="$work/corpus-$name"
  mkdir -p "$corpus"
  echo "== $name for ${seconds}s"
  if ! LSAN_OPTIONS="suppressions=$PWD/Tests/Sanitizers/lsan-suppressions.txt" \
    "$work/$name" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=4096 -timeout=20 -detect_leaks=1 \
    -artifact_prefix="Tests/Fuzz/crashes/$name-" "$corpus" Tests/Fuzz/seeds 2>"$work/$name.log"; then
    status=1
    tail -30 "$work/$name.log"
  fi
  runs=$(grep -E "^Done [0-9]+ runs" "$work/$name.log" | awk '{print $2}')
  echo "$name ${seconds}s ${runs:-0}" >> "$work/summary.txt"
  grep -E "^Done" "$work/$name.log" | tail -1 || true
done
exit $status
