import ArgumentParser
import Foundation
import OutcomeLintReporters

/// The files an audit writes: the main output (standard output or a file),
/// the optional spreadsheet, and the optional HTML report, whose plan
/// sections are spooled to a temporary file until the overview can be
/// written in front of them. Every file is replaced only when the run finishes.
struct AuditOutputs: ~Copyable {
  /// The main output.
  var main: OutputBuffer
  /// The spreadsheet, when asked for.
  var csv: OutputBuffer?
  /// The HTML plan sections, when a report is asked for.
  var spool: OutputBuffer?
  private let mainDestination: OutputDestination
  private let csvDestination: OutputDestination?
  private let htmlDestination: OutputDestination?
  private let spoolPath: String?

  /// Opens every output.
  init(main: String?, csv: String?, html: String?) throws {
    let mainDestination: OutputDestination
    let csvDestination: OutputDestination?
    let htmlDestination: OutputDestination?
    do {
      mainDestination = try OutputDestination(path: main)
      csvDestination = try csv.map { try OutputDestination(path: $0) }
      htmlDestination = try html.map { try OutputDestination(path: $0) }
    } catch {
      Diagnostics.error(String(describing: error))
      throw ExitCode(2)
    }
    var spoolHandle: FileHandle?
    var spoolPath: String?
    if html != nil {
      let path = NSTemporaryDirectory() + "outcomelint-audit-\(UUID().uuidString).html.part"
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forUpdatingAtPath: path)
      else {
        Diagnostics.error("\(path): cannot create a temporary file")
        throw ExitCode(2)
      }
      spoolPath = path
      spoolHandle = handle
    }
    // Every stored property is set only once nothing more can fail.
    self.mainDestination = mainDestination
    self.csvDestination = csvDestination
    self.htmlDestination = htmlDestination
    self.spoolPath = spoolPath
    self.main = OutputBuffer(handle: mainDestination.handle)
    self.csv = csvDestination.map { OutputBuffer(handle: $0.handle) }
    spool = spoolHandle.map { OutputBuffer(handle: $0) }
  }

  /// Writes out any buffer that has grown large.
  mutating func flushIfNeeded() {
    main.flushIfNeeded()
    csv?.flushIfNeeded()
    spool?.flushIfNeeded()
  }

  /// Flushes everything, assembles the HTML report, and moves each file into place.
  mutating func finish(htmlHead: String?, htmlTail: String?) throws {
    main.flush()
    csv?.flush()
    try mainDestination.commit()
    try csvDestination?.commit()
    guard let htmlDestination, let spoolPath else { return }
    spool?.flush()
    var page = OutputBuffer(handle: htmlDestination.handle)
    page.write(htmlHead ?? "")
    page.flush()
    if let reader = FileHandle(forReadingAtPath: spoolPath) {
      while case let chunk = reader.readData(ofLength: 1 << 20), !chunk.isEmpty {
        htmlDestination.handle.write(chunk)
      }
      try? reader.close()
    }
    page.write(htmlTail ?? "")
    page.flush()
    try? FileManager.default.removeItem(atPath: spoolPath)
    try htmlDestination.commit()
  }

  /// Removes every unfinished file.
  func abandon() {
    mainDestination.abandon()
    csvDestination?.abandon()
    htmlDestination?.abandon()
    if let spoolPath { try? FileManager.default.removeItem(atPath: spoolPath) }
  }
}
