// libFuzzer target: the configuration parser (YAML through Yams, then the
// schema checks with their file:line:column errors) on arbitrary text.
// libFuzzer provides `main`; built and run by Tests/Fuzz/run.sh.

import Foundation
import OutcomeLint
import OutcomeLintRules

let loader = BuiltInRules.configurationLoader
let folder = URL(fileURLWithPath: "/nonexistent-outcomelint-fuzz")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    _ = try loader.parse(text, path: "fuzz.yml", folder: folder)
  } catch {
    precondition(!error.description.isEmpty)
  }
  return 0
}
