import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The file-system side of reading paths, shared by `check`'s inputs and
/// `audit`'s plans: glob patterns and recursive directory listings, sorted.
enum PathExpansion {
  /// Whether `path` names a directory; nil when nothing exists there.
  static func isDirectory(_ path: String) -> Bool? {
    var directory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &directory) else { return nil }
    return directory.boolValue
  }

  /// Whether `path` is a pattern for ``glob(_:)``.
  static func isPattern(_ path: String) -> Bool {
    path.contains(where: { "*?[".contains($0) })
  }

  /// The paths matching a glob pattern, sorted.
  static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { index in
      result.gl_pathv[index].map { String(cString: $0) }
    }.sorted()
  }

  /// The regular files under `directory` (recursively) whose extension is in
  /// `extensions`, sorted; nil when the directory cannot be read.
  static func files(under directory: String, extensions: Set<String>) -> [String]? {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return nil }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let full = (directory as NSString).appendingPathComponent(relative)
      guard extensions.contains((relative as NSString).pathExtension.lowercased()),
        isDirectory(full) == false
      else { continue }
      files.append(full)
    }
    return files.sorted()
  }
}
