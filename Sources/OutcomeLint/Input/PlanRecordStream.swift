import Foundation

/// Reads an ``InputPlan``'s sources one after another.
struct PlanRecordStream: RecordStream {
  private let plan: InputPlan
  private var sourceIndex = 0
  private var current: (any RecordStream)?

  init(plan: InputPlan) {
    self.plan = plan
  }

  mutating func next() -> InputRecord? {
    while true {
      if current != nil {
        if let record = current!.next() { return record }
        current = nil
      }
      guard sourceIndex < plan.sources.count else { return nil }
      let source = plan.sources[sourceIndex]
      sourceIndex += 1
      switch source {
      case .literals(let texts):
        current = LiteralRecordStream(texts: texts, decoder: plan.decoder(.text))
      case .unreadable(let path, let reason):
        return InputRecord(source: path, line: 0, idJSON: "null", error: reason)
      case .standardInput(let format):
        current = Self.stream(FileHandle.standardInput, source: "-", format: format, plan: plan)
      case .file(let path, let format):
        guard let handle = FileHandle(forReadingAtPath: path) else {
          return InputRecord(
            source: path, line: 0, idJSON: "null", error: "cannot open for reading")
        }
        current = Self.stream(handle, source: path, format: format, plan: plan)
      }
    }
  }

  private static func stream(
    _ handle: FileHandle, source: String, format: InputFormat, plan: InputPlan
  ) -> any RecordStream {
    let lines = LineReader(handle: handle)
    switch format {
    case .text:
      return LineRecordStream(lines: lines, source: source, decoder: plan.decoder(.text))
    case .jsonl:
      return LineRecordStream(lines: lines, source: source, decoder: plan.decoder(.jsonl))
    case .csv:
      return CSVRecordStream(
        lines: lines, source: source, column: plan.textField, maximumBytes: plan.maximumRecordBytes)
    }
  }
}

/// Records typed on the command line.
private struct LiteralRecordStream: RecordStream {
  let texts: [String]
  let decoder: RecordDecoder
  var index = 0

  mutating func next() -> InputRecord? {
    guard index < texts.count else { return nil }
    index += 1
    return decoder.decode(Array(texts[index - 1].utf8), line: index, source: "--text")
  }
}

/// One record per line (text or JSON lines).
private struct LineRecordStream: RecordStream {
  let lines: LineReader
  let source: String
  let decoder: RecordDecoder

  mutating func next() -> InputRecord? {
    guard let (number, bytes) = lines.nextLine() else { return nil }
    return decoder.decode(bytes, line: number, source: source)
  }
}
