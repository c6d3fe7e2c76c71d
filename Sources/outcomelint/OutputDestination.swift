import Foundation

/// Where a report goes: standard output, or a file written under a
/// temporary name and renamed into place only when the run finishes, so a
/// failed run never leaves half a report.
struct OutputDestination {
  /// The handle to write to.
  let handle: FileHandle
  private let finalPath: String?
  private let temporaryPath: String?

  /// Standard output, or a temporary file beside `path`.
  init(path: String?) throws {
    guard let path, path != "-" else {
      handle = FileHandle.standardOutput
      finalPath = nil
      temporaryPath = nil
      return
    }
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = ((directory.isEmpty ? "." : directory) as NSString)
      .appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).partial")
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let file = FileHandle(forWritingAtPath: temporary)
    else {
      throw OutputError(message: "\(path): cannot create the output file")
    }
    handle = file
    finalPath = path
    temporaryPath = temporary
  }

  /// Moves the finished file into place.
  func commit() throws {
    guard let finalPath, let temporaryPath else { return }
    try handle.close()
    if FileManager.default.fileExists(atPath: finalPath) {
      try FileManager.default.removeItem(atPath: finalPath)
    }
    try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
  }

  /// Removes the unfinished file.
  func abandon() {
    guard let temporaryPath else { return }
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporaryPath)
  }
}

/// The output file could not be written.
struct OutputError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
