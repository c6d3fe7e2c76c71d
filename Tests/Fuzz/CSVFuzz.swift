// libFuzzer target: the streaming CSV reader (record splitting, quotes,
// recovery after an unclosed quote) on arbitrary bytes, through a file in
// shared memory. Every line must be accounted for: each record's line number
// is after the previous one's. libFuzzer provides `main`; built and run by
// Tests/Fuzz/run.sh.

import Foundation
import OutcomeLint

let path = "/dev/shm/outcomelint-csv-fuzz-\(ProcessInfo.processInfo.processIdentifier).csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  guard FileManager.default.createFile(atPath: path, contents: bytes) else { return 0 }
  var stream = InputPlan(
    sources: [.file(path: path, format: .csv)], maximumRecordBytes: 512
  ).makeStream()
  var lastLine = 0
  while let record = stream.next() {
    precondition(record.line > lastLine || (record.line == 1 && lastLine == 0))
    precondition((record.text == nil) != (record.error == nil))
    lastLine = record.line
  }
  return 0
}
