import Foundation

/// Reads a user's lexicon folder: every `.tsv` file directly inside it.
enum LexiconFolder {
  /// The folder's lexicon files as (path, contents), in name order.
  static func read(_ folder: URL) throws(LexiconErrors) -> [(path: String, contents: String)] {
    let location = SourceLocation(file: folder.path, line: 0)
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw LexiconErrors(errors: [LexiconError(location, "cannot read lexicon folder")])
    }
    var files: [(path: String, contents: String)] = []
    var problems: [LexiconError] = []
    for name in names.sorted() where name.hasSuffix(".tsv") {
      let path = folder.appendingPathComponent(name).path
      guard let data = FileManager.default.contents(atPath: path) else {
        problems.append(LexiconError(SourceLocation(file: path, line: 0), "cannot read file"))
        continue
      }
      guard let contents = String(validating: data, as: UTF8.self) else {
        problems.append(LexiconError(SourceLocation(file: path, line: 0), "not valid UTF-8"))
        continue
      }
      files.append((path, contents))
    }
    if files.isEmpty && problems.isEmpty {
      problems.append(LexiconError(location, "no .tsv lexicon files in folder"))
    }
    guard problems.isEmpty else { throw LexiconErrors(errors: problems) }
    return files
  }
}
