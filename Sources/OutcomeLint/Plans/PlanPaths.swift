import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        return isDirectory.boolValue ? directory(path) : [source(path)]
      }
      if path.contains(where: { "*?[".contains($0) }) {
        let matches = glob(path)
        guard !matches.isEmpty else { return [.unreadable(path: path, reason: "no files match")] }
        return sources(for: matches)
      }
      return [.unreadable(path: path, reason: "no such file or directory")]
    }
  }

  private static func source(_ path: String) -> PlanSource {
    let fileExtension = (path as NSString).pathExtension.lowercased()
    if PlanDocumentReader.extensions.contains(fileExtension) { return .document(path: path) }
    return fileExtension == "json" ? .jsonFile(path: path) : .jsonLines(path: path)
  }

  private static func directory(_ path: String) -> [PlanSource] {
    guard let enumerator = FileManager.default.enumerator(atPath: path) else {
      return [.unreadable(path: path, reason: "cannot read directory")]
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let full = (path as NSString).appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      guard extensions.contains((relative as NSString).pathExtension.lowercased()),
        FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files.append(full)
    }
    return files.sorted().map(source)
  }

  private static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { index in
      result.gl_pathv[index].map { String(cString: $0) }
    }.sorted()
  }
}
