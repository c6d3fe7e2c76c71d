// Writes each plan of a JSON Lines file (the plan format `audit` reads, as
// `corpus/generate.py --format plans` writes it) as a Word document in a
// folder, taking the layouts DocxFixtureWriter knows in turn (headings, an
// outcome table, numbered lists), so benchmarks/docx.sh can audit the same
// plans as Word documents and as JSON Lines.
//
//   write-word-plans PLANS.jsonl FOLDER

import Foundation
import OutcomeLintTestSupport

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: write-word-plans PLANS.jsonl FOLDER\n".utf8))
  exit(2)
}
let folder = URL(fileURLWithPath: arguments[2])
do {
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
  let layouts = DocxFixtureWriter.Layout.allCases
  var written = 0
  for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
  where !line.allSatisfy(\.isWhitespace) {
    guard let plan = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    else {
      FileHandle.standardError.write(
        Data("write-word-plans: line \(number + 1) is not a plan\n".utf8))
      exit(2)
    }
    try DocxFixtureWriter.write(
      plan, layout: layouts[written % layouts.count],
      to: folder.appendingPathComponent(String(format: "plan-%06d.docx", written + 1)))
    written += 1
  }
  print("wrote \(written) Word plans to \(folder.path)")
} catch {
  FileHandle.standardError.write(Data("write-word-plans: \(error)\n".utf8))
  exit(2)
}
