// libFuzzer target: the Word reader (ZIP archive, inflating, XML parsing,
// limits) on arbitrary bytes, and the plan section finder on whatever it
// reads. libFuzzer provides `main`; built and run by Tests/Fuzz/run.sh.

import Foundation
import OutcomeLint

let reader = WordDocumentReader(limits: DocumentLimits(entries: 64, uncompressedBytes: 1 << 20))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Data(bytes: data, count: size)
  _ = try? reader.blocks(bytes)
  return 0
}
