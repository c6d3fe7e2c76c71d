import CSV

/// Reads a CSV file with a header row: splits the byte stream into records
/// (a quoted field may span lines) keeping each record's first line number,
/// and reads each record's fields itself when they are plainly quoted (see
/// ``plainFields(_:)``), otherwise with CSV.swift. An unclosed quote makes
/// its record an error; reading resumes at the next line. Columns other than
/// the text and `id` are kept as the record's other fields (a "By when"
/// column among them: see ``InputRecord/byWhen``).
struct CSVRecordStream: RecordStream {
  private let lines: LineReader
  private let source: String
  private let column: String
  private let maximumBytes: Int
  private var replay: [(number: Int, bytes: [UInt8])] = []
  private var header: [String]?
  private var headerError: String?
  private var headerReported = false

  init(lines: LineReader, source: String, column: String, maximumBytes: Int) {
    self.lines = lines
    self.source = source
    self.column = column
    self.maximumBytes = maximumBytes
  }

  mutating func next() -> InputRecord? {
    if header == nil && headerError == nil { readHeader() }
    if let headerError {
      guard !headerReported else { return nil }
      headerReported = true
      return InputRecord(source: source, line: 1, idJSON: "1", error: headerError)
    }
    guard let header else { return nil }
    guard let (line, record) = nextRecord() else { return nil }
    switch record {
    case .failure(let reason):
      return InputRecord(
        source: source, line: line, idJSON: String(line), error: reason.description)
    case .success(let fields):
      return Self.record(fields, header: header, column: column, line: line, source: source)
    }
  }

  private mutating func readHeader() {
    guard let (_, record) = nextRecord() else {
      headerError = "empty CSV file: no header row"
      return
    }
    switch record {
    case .failure(let reason): headerError = "header row: \(reason.description)"
    case .success(let fields):
      if fields.contains(column) {
        header = fields
      } else {
        headerError = "no column '\(column)' in the header (\(fields.joined(separator: ", ")))"
      }
    }
  }

  /// The next physical line, from the replay queue first.
  private mutating func nextLine() -> (number: Int, bytes: [UInt8])? {
    if !replay.isEmpty { return replay.removeFirst() }
    guard var line = lines.nextLine() else { return nil }
    if line.number == 1, line.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      line.bytes.removeFirst(3)
    }
    return line
  }

  /// The next record's first line number and its fields, or why it cannot be read.
  private mutating func nextRecord() -> (Int, Result<[String], CSVRecordProblem>)? {
    guard let first = nextLine() else { return nil }
    var taken = [first]
    var bytes = first.bytes
    var quotes = first.bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }
    while quotes % 2 == 1 {
      guard bytes.count <= maximumBytes, let more = nextLine() else {
        replay = Array(taken.dropFirst()) + replay
        let reason =
          bytes.count > maximumBytes ? "record over \(maximumBytes) bytes" : "end of file"
        return (first.number, .failure(CSVRecordProblem("unclosed quote (\(reason))")))
      }
      taken.append(more)
      bytes.append(UInt8(ascii: "\n"))
      bytes.append(contentsOf: more.bytes)
      quotes += more.bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }
    }
    guard bytes.count <= maximumBytes else {
      return (
        first.number,
        .failure(
          CSVRecordProblem("record is \(bytes.count) bytes, over the limit of \(maximumBytes)"))
      )
    }
    guard InputBytesCheck.isValidUTF8(bytes) else {
      return (first.number, .failure(CSVRecordProblem("invalid UTF-8")))
    }
    if let fields = Self.plainFields(bytes) { return (first.number, .success(fields)) }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let reader = try? CSVReader(string: text, hasHeaderRow: false),
      let fields = reader.next()
    else {
      return (first.number, .failure(CSVRecordProblem("malformed CSV record")))
    }
    return (first.number, .success(fields))
  }

  /// The fields of a record in the plain shape (most records): each field
  /// either holds no quote and no line break, or is quoted whole, from just
  /// after a comma to just before one, with each quote inside doubled; no
  /// carriage return; at least one byte. Read as CSV.swift reads them, a
  /// byte at a time: CSV.swift takes a scalar at a time and costs about a
  /// hundred times as much, so it reads only the other records (nil for
  /// those), whose odd quoting it settles.
  static func plainFields(_ bytes: [UInt8]) -> [String]? {
    guard !bytes.isEmpty, !bytes.contains(UInt8(ascii: "\r")) else { return nil }
    let quote = UInt8(ascii: "\"")
    let comma = UInt8(ascii: ",")
    var fields: [String] = []
    var index = 0
    while true {
      var end = index
      if index < bytes.count && bytes[index] == quote {
        var field: [UInt8] = []
        end += 1
        while true {
          guard end < bytes.count else { return nil }
          let byte = bytes[end]
          end += 1
          guard byte == quote else {
            field.append(byte)
            continue
          }
          guard end < bytes.count && bytes[end] == quote else { break }
          field.append(quote)
          end += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
      } else {
        while end < bytes.count && bytes[end] != comma {
          // A line break ends a record outside quotes: not one record, then.
          guard bytes[end] != quote && bytes[end] != UInt8(ascii: "\n") else { return nil }
          end += 1
        }
        fields.append(String(decoding: bytes[index..<end], as: UTF8.self))
      }
      guard end < bytes.count else { return fields }
      guard bytes[end] == comma else { return nil }
      index = end + 1
    }
  }

  private static func record(
    _ fields: [String], header: [String], column: String, line: Int, source: String
  ) -> InputRecord {
    let value = { (name: String) -> String? in
      header.firstIndex(of: name).flatMap { $0 < fields.count ? fields[$0] : nil }
    }
    let idJSON = value("id").flatMap { $0.isEmpty ? nil : JSONQuoting.quoted($0) } ?? String(line)
    guard let text = value(column), text.contains(where: { !$0.isWhitespace }) else {
      return InputRecord(source: source, line: line, idJSON: idJSON, error: "empty outcome")
    }
    let others = header.enumerated().compactMap { index, name -> (key: String, json: String)? in
      guard name != column, name != "id", index < fields.count else { return nil }
      return (key: name, json: JSONQuoting.quoted(fields[index]))
    }
    return InputRecord(
      source: source, line: line, idJSON: idJSON, text: Array(text.utf8), passthrough: others)
  }
}

/// Why a CSV record could not be read.
struct CSVRecordProblem: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
