/// Turns the paths a user gives into input sources: `-` is standard input,
/// a directory is read recursively (files with a known extension, sorted), a
/// pattern with `*`, `?` or `[` is expanded when no such file exists, and
/// anything unreadable becomes an error source rather than disappearing.
public enum InputPaths {
  /// The sources for `paths`; `format` overrides the format each file's extension implies.
  public static func sources(for paths: [String], format: InputFormat?) -> [InputSource] {
    paths.flatMap { path -> [InputSource] in
      if path == "-" { return [.standardInput(format: format ?? .text)] }
      switch PathExpansion.isDirectory(path) {
      case true?:
        guard
          let files = PathExpansion.files(under: path, extensions: InputFormat.extensions)
        else { return [.unreadable(path: path, reason: "cannot read directory")] }
        return files.map { .file(path: $0, format: format ?? .implied(byPath: $0)) }
      case false?:
        return [.file(path: path, format: format ?? .implied(byPath: path))]
      case nil:
        guard PathExpansion.isPattern(path) else {
          return [.unreadable(path: path, reason: "no such file or directory")]
        }
        let matches = PathExpansion.glob(path)
        guard !matches.isEmpty else { return [.unreadable(path: path, reason: "no files match")] }
        return sources(for: matches, format: format)
      }
    }
  }
}
