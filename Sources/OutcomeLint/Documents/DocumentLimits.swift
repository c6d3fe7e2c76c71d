/// The limits a plan document must stay within, so that a hostile file (a zip
/// bomb, deeply nested or entity-expanding XML) fails with an error instead of
/// exhausting memory.
public struct DocumentLimits: Sendable {
  /// The largest file read at all, in bytes.
  public var fileBytes: Int
  /// The most entries a `.docx` archive may hold.
  public var entries: Int
  /// The most bytes `word/document.xml` may inflate to.
  public var uncompressedBytes: Int
  /// The deepest XML element nesting allowed.
  public var xmlDepth: Int

  /// Limits well above any real EHC plan: a 64 MiB file, 2,000 entries, a
  /// 32 MiB `document.xml` and XML nested 256 deep.
  public init(
    fileBytes: Int = 64 << 20, entries: Int = 2_000, uncompressedBytes: Int = 32 << 20,
    xmlDepth: Int = 256
  ) {
    self.fileBytes = fileBytes
    self.entries = entries
    self.uncompressedBytes = uncompressedBytes
    self.xmlDepth = xmlDepth
  }
}
