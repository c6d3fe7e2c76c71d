/// Plain words for the well-formedness errors libxml2 reports (through
/// FoundationXML's `XMLParser`, whose error codes are libxml2's), so a
/// corrupt Word document's error says what is wrong rather than "The
/// operation could not be completed. (NSXMLParserErrorDomain error 201.)".
enum XMLErrorReason {
  /// The reason for error `code`, with the code kept for reference.
  static func describe(code: Int) -> String {
    guard let words = reasons[code] else { return "XML error \(code)" }
    return "\(words) (XML error \(code))"
  }

  /// The errors a damaged or hand-edited `document.xml` gives, by libxml2's
  /// numbers (`xmlParserErrors` in libxml2's `xmlerror.h`).
  private static let reasons: [Int: String] = [
    4: "the document is empty, or not in an encoding it can be read in",
    5: "there is more after the end of the document",
    6: "a character reference is broken",
    7: "a character reference is broken",
    8: "a character reference is broken",
    9: "a character XML does not allow",
    26: "an entity that is not declared",
    38: "a '<' inside an attribute's value",
    39: "an attribute's value is not in quotes",
    40: "an attribute's value has no closing quote",
    41: "an attribute without a value",
    42: "an attribute given twice",
    68: "a name is missing where one is needed",
    73: "a '>' is missing",
    76: "an element ends with another name than it starts with",
    77: "the document ends inside an element (cut short?)",
    201: "a namespace prefix that is not declared",
  ]
}
