import CInflate
import Foundation

/// Reads a ZIP archive held in memory, checking every offset and size against
/// the data: its directory, each entry's local header and data, and an
/// entry's contents, inflated with zlib within a size limit.
///
/// The Word reader once used ZIPFoundation here, but its in-memory reader is
/// not safe on hostile files: the Word fuzz target found it trapping on a
/// directory offset past the end, trapping on a seek past the end while
/// reading an entry, and looping for ever on a deflate stream cut short.
/// ZIPFoundation still writes the test fixtures.
enum ZIPArchive {
  /// Where an entry's stored data lies, and how it is compressed.
  struct EntryData {
    /// The ZIP compression method (0 stored, 8 deflated).
    let method: UInt16
    /// The compressed bytes' range in the archive.
    let bytes: Range<Int>
  }

  private static let endRecordSize = 22
  private static let centralHeaderSize = 46
  private static let localHeaderSize = 30

  /// Throws when the end-of-directory record, the central directory or any
  /// entry's local header and data lie outside `data`; returns where each
  /// entry's data lies, by name.
  static func entries(in data: Data) throws(DocumentReadError) -> [String: EntryData] {
    let bytes = [UInt8](data)
    var entries: [String: EntryData] = [:]
    guard let end = endRecord(bytes) else {
      throw DocumentReadError("corrupt or truncated .docx: no ZIP directory")
    }
    let directorySize = Int(uint32(bytes, end + 12))
    let directoryStart = Int(uint32(bytes, end + 16))
    guard directoryStart + directorySize <= end else {
      throw DocumentReadError("corrupt or truncated .docx: its ZIP directory lies outside the file")
    }
    var position = directoryStart
    while position < directoryStart + directorySize {
      guard position + centralHeaderSize <= end,
        bytes[position..<(position + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02])
      else {
        throw DocumentReadError("corrupt or truncated .docx: a damaged ZIP directory entry")
      }
      let method = uint16(bytes, position + 10)
      let compressed = Int(uint32(bytes, position + 20))
      let nameLength = Int(uint16(bytes, position + 28))
      let names =
        Int(uint16(bytes, position + 28)) + Int(uint16(bytes, position + 30))
        + Int(uint16(bytes, position + 32))
      let local = Int(uint32(bytes, position + 42))
      guard position + centralHeaderSize + nameLength <= end,
        local + localHeaderSize <= bytes.count,
        bytes[local..<(local + 4)].elementsEqual([0x50, 0x4B, 0x03, 0x04]),
        local + localHeaderSize + Int(uint16(bytes, local + 26)) + Int(uint16(bytes, local + 28))
          + compressed <= bytes.count
      else {
        throw DocumentReadError("corrupt or truncated .docx: an entry lies outside the file")
      }
      let name = String(
        decoding: bytes[
          (position + centralHeaderSize)..<(position + centralHeaderSize + nameLength)],
        as: UTF8.self)
      let start =
        local + localHeaderSize + Int(uint16(bytes, local + 26)) + Int(uint16(bytes, local + 28))
      entries[name] = EntryData(method: method, bytes: start..<(start + compressed))
      position += centralHeaderSize + names
    }
    return entries
  }

  /// `entry`'s data from `data`, inflated when it is deflated, or an error
  /// when it is damaged, compressed some other way, or inflates to more than
  /// `limit` bytes.
  static func contents(of entry: EntryData, in data: Data, limit: Int) throws(DocumentReadError)
    -> Data
  {
    switch entry.method {
    case 0:
      guard entry.bytes.count <= limit else { throw overLimit(limit) }
      return data.subdata(in: entry.bytes)
    case 8:
      return try inflate(entry.bytes, of: data, limit: limit)
    default:
      throw DocumentReadError(
        "corrupt .docx: word/document.xml uses compression method \(entry.method), not deflate")
    }
  }

  /// Inflates the raw deflate stream in `range`, growing the output up to `limit`.
  private static func inflate(_ range: Range<Int>, of data: Data, limit: Int)
    throws(DocumentReadError) -> Data
  {
    var capacity = min(limit, max(1 << 16, range.count * 8))
    while true {
      var output = Data(count: capacity)
      var written = 0
      let verdict = data.withUnsafeBytes { raw in
        let input = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[range])
        return output.withUnsafeMutableBytes { out in
          inflate_raw(
            input.baseAddress, input.count, out.bindMemory(to: UInt8.self).baseAddress, capacity,
            &written)
        }
      }
      switch verdict {
      case Int32(INFLATE_COMPLETE):
        output.count = written
        return output
      case Int32(INFLATE_NEEDS_MORE_ROOM):
        guard capacity < limit else { throw overLimit(limit) }
        capacity = min(limit, capacity * 4)
      default:
        throw DocumentReadError(
          "corrupt or truncated .docx: word/document.xml's compressed data is damaged or cut short")
      }
    }
  }

  private static func overLimit(_ limit: Int) -> DocumentReadError {
    DocumentReadError("word/document.xml inflates to more than \(limit) bytes (a zip bomb?)")
  }

  /// The offset of the end-of-central-directory record, searched from the end.
  private static func endRecord(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= endRecordSize else { return nil }
    let lowest = max(0, bytes.count - endRecordSize - 65_535)
    var index = bytes.count - endRecordSize
    while index >= lowest {
      if bytes[index] == 0x50 && bytes[index + 1] == 0x4B && bytes[index + 2] == 0x05
        && bytes[index + 3] == 0x06
      {
        return index
      }
      index -= 1
    }
    return nil
  }

  private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
  }
}
