import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the text of a Word document (`.docx`): reads the ZIP archive's
/// directory (``ZIPArchive``), inflates `word/document.xml` within the size
/// limits, and parses it as a stream of
/// XML events into paragraphs, list items and table cells, in order. External
/// entities are never resolved and a document type declaration is refused, so
/// entity expansion ("billion laughs") cannot happen.
public struct WordDocumentReader: Sendable {
  /// The limits every document must stay within.
  public let limits: DocumentLimits

  /// Creates a reader.
  public init(limits: DocumentLimits = DocumentLimits()) {
    self.limits = limits
  }

  /// The blocks of the document held in `data`.
  public func blocks(_ data: Data) throws(DocumentReadError) -> [DocumentBlock] {
    guard data.count <= limits.fileBytes else {
      throw DocumentReadError("file is \(data.count) bytes, over the limit of \(limits.fileBytes)")
    }
    let magic = [UInt8](data.prefix(4))
    if magic == [0xD0, 0xCF, 0x11, 0xE0] {
      throw DocumentReadError(
        "password-protected Word document or old .doc file (an OLE compound file, not a .docx): "
          + "remove the password or save it as .docx")
    }
    guard magic == [0x50, 0x4B, 0x03, 0x04] else {
      throw DocumentReadError("not a Word document (.docx): not a ZIP archive")
    }
    let entries = try ZIPArchive.entries(in: data)
    guard entries.count <= limits.entries else {
      throw DocumentReadError("archive has more than \(limits.entries) entries")
    }
    guard let document = entries["word/document.xml"] else {
      throw DocumentReadError("not a Word document (.docx): no word/document.xml in the archive")
    }
    let xml = try ZIPArchive.contents(of: document, in: data, limit: limits.uncompressedBytes)
    return try parse(xml)
  }

  /// Whether `xml` has a processing instruction ("<?…?>") other than the XML
  /// declaration it may open with.
  static func hasProcessingInstruction(_ xml: Data) -> Bool {
    xml.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
      if bytes.count >= start + 6, bytes[start..<(start + 6)].elementsEqual("<?xml ".utf8) {
        start += 6
      }
      // Each "<" is found with memchr; a processing instruction is one followed by "?".
      var index = start
      while index + 1 < bytes.count,
        let found = memchr(
          bytes.baseAddress! + index, Int32(UInt8(ascii: "<")), bytes.count - 1 - index)
      {
        index = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if bytes[index + 1] == UInt8(ascii: "?") { return true }
        index += 1
      }
      return false
    }
  }

  /// Whether a document type declaration ("<!DOCTYPE") lies within the first
  /// 4,096 bytes of `xml`, where the prolog would hold it.
  static func declaresDocumentType(_ xml: Data) -> Bool {
    xml.withUnsafeBytes { raw in
      String.bytes(raw.bindMemory(to: UInt8.self).prefix(4096), contain: "<!DOCTYPE".utf8)
    }
  }

  private func parse(_ xml: Data) throws(DocumentReadError) -> [DocumentBlock] {
    if Self.declaresDocumentType(xml) {
      throw DocumentReadError("word/document.xml declares a DTD, which Word documents never do")
    }
    // FoundationXML dereferences a null pointer on a processing instruction
    // without data ("<?x?>", found by the Word fuzz target), so any beyond the
    // XML declaration is refused; Word never writes one.
    if Self.hasProcessingInstruction(xml) {
      throw DocumentReadError(
        "word/document.xml holds a processing instruction, which Word documents never do")
    }
    // FoundationXML traps on an element name that is not valid UTF-8 (found
    // by the Word fuzz target), which libxml2 can pass on before it reports
    // the encoding error, so the whole text is checked first; Word always
    // writes UTF-8.
    guard xml.withUnsafeBytes({ InputBytesCheck.isValidUTF8($0.bindMemory(to: UInt8.self)) })
    else {
      throw DocumentReadError("word/document.xml is not valid UTF-8, which Word always writes")
    }
    let parser = XMLParser(data: xml)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    let collector = WordXMLCollector(maximumDepth: limits.xmlDepth)
    parser.delegate = collector
    let parsed = parser.parse()
    if let error = collector.limitError { throw error }
    // On Linux, parse() can return true after a well-formedness error, so
    // the error it recorded is checked too.
    guard parsed, parser.parserError == nil else {
      let (code, line) =
        collector.firstError
        ?? (parser.parserError.map { ($0 as NSError).code } ?? 0, parser.lineNumber)
      throw DocumentReadError(
        "corrupt word/document.xml: XML error at line \(line): \(XMLErrorReason.describe(code: code))"
      )
    }
    return collector.blocks
  }
}
