// libFuzzer target: the lexicon file parser on arbitrary text, read as each
// bundled lexicon's file name. libFuzzer provides `main`; built and run by
// Tests/Fuzz/run.sh.

import OutcomeLint

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for kind in [LexiconKind.timeframes, .criteria, .jargon, .numberWords] {
    switch LexiconFile.parse(contents: text, path: "fuzz/\(kind.name).tsv") {
    case .success(let file):
      precondition(file.kind == kind)
    case .failure(let errors):
      precondition(!errors.errors.isEmpty)
    }
  }
  return 0
}
