// libFuzzer target: the Word reader (ZIP archive, inflating, XML parsing,
// limits) on arbitrary bytes, and the plan section finder on whatever it
// reads. libFuzzer provides `main`; built and run by Tests/Fuzz/run.sh.
//
// FoundationXML leaks about 160 bytes for every document it finds an XML
// error in (XMLParser alone, measured with the toolchain's Foundation), so a
// run of millions of inputs ends out of memory (libFuzzer's 2 GB limit, after
// about 3 million here); CI's runs are far shorter. The seed stored without
// compression (word-stored-text-box-controls-changes-nested-table.docx) lets
// the fuzzer change document.xml itself.

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
