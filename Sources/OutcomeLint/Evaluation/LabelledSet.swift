import Foundation

/// Labelled JSON Lines files, given as files or folders (a folder means every
/// `.jsonl` file in it, in name order), evaluated record by record.
public struct LabelledSet: Sendable {
  /// The files, in the order they are read.
  public let files: [String]

  /// Why a path cannot be read as a labelled set.
  public struct PathError: Error, Sendable, CustomStringConvertible {
    /// The problem, naming the path.
    public let description: String
  }

  /// Expands `paths`; an unreadable path or a folder with no `.jsonl` file is an error.
  public init(paths: [String]) throws(PathError) {
    var files: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw PathError(description: "\(path): no such file or folder")
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
      let labelled = names.filter { $0.hasSuffix(".jsonl") }.sorted()
      guard !labelled.isEmpty else {
        throw PathError(description: "\(path): the folder holds no .jsonl file")
      }
      files += labelled.map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
    }
    self.files = files
  }

  /// Analyses every record with `analyzer` and compares it with its labels.
  /// Records that cannot be read or labelled are returned as
  /// `file:line: reason` and left out of the evaluation.
  public func evaluate(with analyzer: Analyzer) throws(PathError) -> (
    evaluation: Evaluation, problems: [String]
  ) {
    var evaluation = Evaluation()
    var problems: [String] = []
    let decoder = RecordDecoder(format: .jsonl)
    for file in files {
      guard let handle = FileHandle(forReadingAtPath: file) else {
        throw PathError(description: "\(file): cannot open for reading")
      }
      defer { try? handle.close() }
      let reader = LineReader(handle: handle)
      while let (number, bytes) = reader.nextLine() {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
        let record = decoder.decode(bytes, line: number, source: file)
        switch analyzer.analyze(record) {
        case .failed(let record, let message):
          problems.append("\(record.source):\(record.line): \(message)")
        case .analyzed(let record, let report):
          do {
            evaluation.add(try LabelledOutcome(record: record), report: report)
          } catch {
            problems.append(error.description)
          }
        }
      }
    }
    return (evaluation, problems)
  }
}
