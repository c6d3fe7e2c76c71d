import Foundation

/// Reads a plan from a Word document (`.docx`) or a plain-text or Markdown
/// file (`.txt`, `.md`, `.markdown`): its blocks go through
/// ``PlanSectionFinder`` and come out as the plan's JSON, which `audit`
/// decodes like any JSON plan.
public struct PlanDocumentReader: Sendable {
  /// The file extensions read as plan documents.
  public static let extensions: Set<String> = ["docx", "txt", "md", "markdown"]

  /// The Word reader, with its limits.
  public let word: WordDocumentReader
  /// The finder that maps the blocks to a plan.
  public let finder: PlanSectionFinder

  /// Creates a reader.
  public init(limits: DocumentLimits = DocumentLimits(), finder: PlanSectionFinder = .init()) {
    word = WordDocumentReader(limits: limits)
    self.finder = finder
  }

  /// The plan in the file at `path`.
  public func plan(atPath path: String) throws(DocumentReadError) -> DocumentPlan {
    // The size, before reading, from `stat` (which follows a symbolic link to
    // the file it names), not `FileManager.attributesOfItem`, which looks up
    // the owner's name and every other attribute too.
    var status = stat()
    if stat(path, &status) == 0, Int(status.st_size) > word.limits.fileBytes {
      let size = Int(status.st_size)
      throw DocumentReadError("file is \(size) bytes, over the limit of \(word.limits.fileBytes)")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DocumentReadError("cannot read file")
    }
    return try plan(data, isWord: (path as NSString).pathExtension.lowercased() == "docx")
  }

  /// The plan in `data`, a `.docx` file when `isWord`, otherwise UTF-8 text.
  public func plan(_ data: Data, isWord: Bool) throws(DocumentReadError) -> DocumentPlan {
    if isWord { return finder.plan(try word.blocks(data)) }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw DocumentReadError("not a text plan: invalid UTF-8")
    }
    return finder.plan(TextPlanReader().blocks(text))
  }
}
