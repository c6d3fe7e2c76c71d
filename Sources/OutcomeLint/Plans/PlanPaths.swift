import Foundation

/// Turns the paths given to `audit` into plan sources: `-` is standard input
/// (one plan per line), a directory is read recursively (`.json`, `.jsonl`
/// and `.ndjson` files, sorted), a pattern with `*`, `?` or `[` is expanded
/// when no such file exists, and anything unreadable becomes an error source.
public enum PlanPaths {
  /// File extensions read from a directory.
  public static let extensions: Set<String> = ["json", "jsonl", "ndjson", "docx"]

  /// The sources for `paths`, in order.
  public static func sources(for paths: [String]) -> [PlanSource] {
    paths.flatMap { path -> [PlanSource] in
      if path == "-" { return [.jsonLines(path: "-")] }
      switch PathExpansion.isDirectory(path) {
      case true?:
        guard let files = PathExpansion.files(under: path, extensions: extensions) else {
          return [.unreadable(path: path, reason: "cannot read directory")]
        }
        return files.map(source)
      case false?:
        return [source(path)]
      case nil:
        guard PathExpansion.isPattern(path) else {
          return [.unreadable(path: path, reason: "no such file or directory")]
        }
        let matches = PathExpansion.glob(path)
        guard !matches.isEmpty else { return [.unreadable(path: path, reason: "no files match")] }
        return sources(for: matches)
      }
    }
  }

  private static func source(_ path: String) -> PlanSource {
    let fileExtension = (path as NSString).pathExtension.lowercased()
    if PlanDocumentReader.extensions.contains(fileExtension) { return .document(path: path) }
    return fileExtension == "json" ? .jsonFile(path: path) : .jsonLines(path: path)
  }
}
