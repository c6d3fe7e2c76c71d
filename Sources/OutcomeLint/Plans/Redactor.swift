/// Replaces a child's name with initials ("Amara Okafor" -> "A. O."), for
/// reports shared outside the team. Each part of the name is replaced where it
/// stands as a whole word, written as in the `child` field or capitalised.
public struct Redactor: Sendable {
  /// A replaced stretch of text: where it was and where it is now (UTF-8 bytes).
  struct Replacement: Sendable {
    let original: Range<Int>
    let redacted: Range<Int>
  }

  private let names: [(name: [UInt8], initial: [UInt8])]

  /// A redactor for the child named `child` (none when nil or empty).
  public init(child: String?) {
    var names: [(name: [UInt8], initial: [UInt8])] = []
    let parts = (child ?? "").split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    for part in parts where part.count >= 2 {
      guard let first = part.first, first.isLetter else { continue }
      let initial = Array((first.uppercased() + ".").utf8)
      let capitalised = first.uppercased() + part.dropFirst()
      for spelling in Set([part, capitalised]) { names.append((Array(spelling.utf8), initial)) }
    }
    self.names = names.sorted { $0.name.count > $1.name.count }
  }

  /// Whether there is no name to replace.
  public var isEmpty: Bool { names.isEmpty }

  /// The child's name as initials ("A. O."), or nil without a name.
  public func initials(of child: String?) -> String? {
    child.map(redact)
  }

  /// `text` with every occurrence of the name replaced by initials.
  public func redact(_ text: String) -> String {
    guard !names.isEmpty else { return text }
    return String(decoding: redacted(Array(text.utf8)).bytes, as: UTF8.self)
  }

  /// The redacted bytes and the replacements made, in order.
  func redacted(_ bytes: [UInt8]) -> (bytes: [UInt8], replacements: [Replacement]) {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var replacements: [Replacement] = []
    var index = 0
    while index < bytes.count {
      if Self.isWordStart(bytes, index),
        let match = names.first(where: { matches($0.name, bytes, at: index) })
      {
        let start = output.count
        output += match.initial
        replacements.append(
          Replacement(original: index..<(index + match.name.count), redacted: start..<output.count))
        index += match.name.count
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return (output, replacements)
  }

  /// Maps a byte offset in the original text to the redacted text: offsets
  /// inside a replaced name move to the start or end of its initials.
  static func map(_ offset: Int, _ replacements: [Replacement], isEnd: Bool) -> Int {
    var shift = 0
    for replacement in replacements {
      if offset <= replacement.original.lowerBound { break }
      if offset < replacement.original.upperBound {
        return isEnd ? replacement.redacted.upperBound : replacement.redacted.lowerBound
      }
      shift = replacement.redacted.upperBound - replacement.original.upperBound
    }
    return offset + shift
  }

  private func matches(_ name: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
    guard index + name.count <= bytes.count else { return false }
    for offset in 0..<name.count where bytes[index + offset] != name[offset] { return false }
    return !Self.isWordByte(bytes, index + name.count)
  }

  private static func isWordStart(_ bytes: [UInt8], _ index: Int) -> Bool {
    index == 0 || !isWordByte(bytes, index - 1)
  }

  private static func isWordByte(_ bytes: [UInt8], _ index: Int) -> Bool {
    guard index >= 0 && index < bytes.count else { return false }
    let byte = bytes[index]
    return byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
      || (0x61...0x7A).contains(byte)
  }
}
