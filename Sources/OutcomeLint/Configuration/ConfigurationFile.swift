import Foundation

/// Where a configuration comes from: `.outcomelint.yml` in the working
/// directory or the nearest folder above it.
public enum ConfigurationFile {
  /// The file name looked for.
  public static let name = ".outcomelint.yml"

  /// The nearest `.outcomelint.yml` in `directory` or a folder above it.
  public static func discover(from directory: URL) -> URL? {
    var folder = directory.standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      let parent = folder.deletingLastPathComponent()
      guard parent.path != folder.path else { return nil }
      folder = parent
    }
  }
}
