import CDeflateCheck
import Foundation

/// Checks that a ZIP archive's directory points only inside the archive
/// before ZIPFoundation reads it: its in-memory reader traps, instead of
/// throwing, when an offset or size points past the end of the data (found
/// by the Word reader's fuzz target). It also checks that an entry's deflated
/// data is complete, because ZIPFoundation loops for ever on a stream that
/// ends early (found by the same target).
enum ZIPBounds {
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
  static func check(_ data: Data) throws(DocumentReadError) -> [String: EntryData] {
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

  /// Throws unless `entry`'s deflated data in `data` is a complete stream
  /// that inflates to at most `limit` bytes; stored data needs no check.
  static func checkInflates(_ entry: EntryData, in data: Data, limit: Int)
    throws(DocumentReadError)
  {
    guard entry.method == 8 else { return }
    let verdict = data.withUnsafeBytes { raw in
      let all = raw.bindMemory(to: UInt8.self)
      let slice = UnsafeBufferPointer(rebasing: all[entry.bytes])
      return deflate_stream_check(slice.baseAddress, slice.count, limit)
    }
    switch verdict {
    case Int32(DEFLATE_STREAM_COMPLETE): return
    case Int32(DEFLATE_STREAM_OVER_LIMIT):
      throw DocumentReadError(
        "word/document.xml inflates to more than \(limit) bytes (a zip bomb?)")
    default:
      throw DocumentReadError(
        "corrupt or truncated .docx: word/document.xml's compressed data is damaged or cut short")
    }
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
