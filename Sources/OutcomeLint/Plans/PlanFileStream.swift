import Foundation

/// Reads plan records from plan sources one after another: a whole `.json`
/// file is one record; a JSON Lines file gives one record per non-blank line.
/// Each record carries the plan's raw bytes, decoded later on a worker.
public struct PlanFileStream: RecordStream {
  private let sources: [PlanSource]
  private let maximumBytes: Int
  private let documents: PlanDocumentReader
  private var sourceIndex = 0
  private var lines: (reader: LineReader, path: String)?

  /// A stream over `sources`; records over `maximumBytes` become error
  /// records. Plan documents are read with `documents`.
  public init(
    sources: [PlanSource], maximumBytes: Int = 1 << 20,
    documents: PlanDocumentReader = PlanDocumentReader()
  ) {
    self.sources = sources
    self.maximumBytes = maximumBytes
    self.documents = documents
  }

  public mutating func next() -> InputRecord? {
    while true {
      if let (reader, path) = lines {
        while let (number, bytes) = reader.nextLine() {
          guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
          let content =
            number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF])
            ? Array(bytes.dropFirst(3)) : bytes
          return record(content, path: path, line: number, defaultID: String(number))
        }
        lines = nil
      }
      guard sourceIndex < sources.count else { return nil }
      let source = sources[sourceIndex]
      sourceIndex += 1
      switch source {
      case .unreadable(let path, let reason):
        return InputRecord(source: path, line: 0, idJSON: "null", error: reason)
      case .jsonLines(let path):
        let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
        guard let handle else {
          return InputRecord(
            source: path, line: 0, idJSON: "null", error: "cannot open for reading")
        }
        lines = (LineReader(handle: handle), path)
      case .document(let path):
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
          let plan = try documents.plan(atPath: path)
          return record(plan.json(defaultID: name), path: path, line: 1, defaultID: "null")
        } catch {
          return InputRecord(
            source: path, line: 0, idJSON: JSONQuoting.quoted(name), error: error.message)
        }
      case .jsonFile(let path):
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let data = FileManager.default.contents(atPath: path) else {
          return InputRecord(
            source: path, line: 0, idJSON: JSONQuoting.quoted(name), error: "cannot read file")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return record(bytes, path: path, line: 1, defaultID: JSONQuoting.quoted(name))
      }
    }
  }

  private func record(_ bytes: [UInt8], path: String, line: Int, defaultID: String) -> InputRecord {
    guard bytes.count <= maximumBytes else {
      return InputRecord(
        source: path, line: line, idJSON: defaultID,
        error: "plan is \(bytes.count) bytes, over the limit of \(maximumBytes)")
    }
    return InputRecord(source: path, line: line, idJSON: defaultID, text: bytes)
  }
}
