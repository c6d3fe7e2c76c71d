import Foundation

/// Where a report goes: standard output, or a file written under a
/// temporary name and renamed into place only when the run finishes, so a
/// failed run never leaves half a report. A path that is not a regular file
/// (`/dev/null`, `/dev/stdout`, a named pipe) is written to directly: renaming
/// over it would replace the device or pipe with a plain file. A symbolic
/// link is followed, so the file it points to is the one replaced.
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
    let target = (path as NSString).resolvingSymlinksInPath
    let type = try? FileManager.default.attributesOfItem(atPath: target)[.type]
    if let type = type as? FileAttributeType, type != FileAttributeType.typeRegular {
      guard type != FileAttributeType.typeDirectory else {
        throw OutputError(message: "\(path): is a folder, not a file")
      }
      guard let file = FileHandle(forWritingAtPath: target) else {
        throw OutputError(message: "\(path): cannot open the output for writing")
      }
      handle = file
      finalPath = nil
      temporaryPath = nil
      return
    }
    let directory = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = ((directory.isEmpty ? "." : directory) as NSString)
      .appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).partial")
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let file = FileHandle(forWritingAtPath: temporary)
    else {
      throw OutputError(message: "\(path): cannot create the output file")
    }
    handle = file
    finalPath = target
    temporaryPath = temporary
  }

  /// Moves the finished file into place (or, written directly, closes it).
  func commit() throws {
    guard let finalPath, let temporaryPath else {
      if handle !== FileHandle.standardOutput { try handle.close() }
      return
    }
    try handle.close()
    if FileManager.default.fileExists(atPath: finalPath) {
      try FileManager.default.removeItem(atPath: finalPath)
    }
    try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
  }

  /// Removes the unfinished file (or, written directly, closes it).
  func abandon() {
    guard let temporaryPath else {
      if handle !== FileHandle.standardOutput { try? handle.close() }
      return
    }
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporaryPath)
  }
}

/// The output file could not be written.
struct OutputError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
