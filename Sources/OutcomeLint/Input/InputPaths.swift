import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Turns the paths a user gives into input sources: `-` is standard input,
/// a directory is read recursively (files with a known extension, sorted), a
/// pattern with `*`, `?` or `[` is expanded when no such file exists, and
/// anything unreadable becomes an error source rather than disappearing.
public enum InputPaths {
  /// The sources for `paths`; `format` overrides the format each file's extension implies.
  public static func sources(for paths: [String], format: InputFormat?) -> [InputSource] {
    paths.flatMap { path -> [InputSource] in
      if path == "-" { return [.standardInput(format: format ?? .text)] }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        if isDirectory.boolValue { return directory(path, format: format) }
        return [.file(path: path, format: format ?? .implied(byPath: path))]
      }
      if path.contains(where: { "*?[".contains($0) }) {
        let matches = glob(path)
        guard !matches.isEmpty else { return [.unreadable(path: path, reason: "no files match")] }
        return sources(for: matches, format: format)
      }
      return [.unreadable(path: path, reason: "no such file or directory")]
    }
  }

  private static func directory(_ path: String, format: InputFormat?) -> [InputSource] {
    guard let enumerator = FileManager.default.enumerator(atPath: path) else {
      return [.unreadable(path: path, reason: "cannot read directory")]
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let full = (path as NSString).appendingPathComponent(relative)
      let fileExtension = (relative as NSString).pathExtension.lowercased()
      var isDirectory: ObjCBool = false
      guard InputFormat.extensions.contains(fileExtension),
        FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files.append(full)
    }
    return files.sorted().map { .file(path: $0, format: format ?? .implied(byPath: $0)) }
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
