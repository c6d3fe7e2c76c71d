import Foundation
import Testing

/// The binary is deterministic, offline and writes nothing but its named outputs.
@Suite struct SafetyTests {
  static let outcomes = [
    "By the end of Key Stage 2, Zoë will read 50 words aloud each week so that she can enjoy books.",
    "Staff will ensure Amir receives 3 sessions of SALT per week.",
    "To improve my independence.",
  ]

  private func run(environment: [String: String]) throws -> String {
    let process = Process()
    process.executableURL = CheckCommandTests.binary
    process.arguments = ["check", "--format", "jsonl"] + Self.outcomes.flatMap { ["--text", $0] }
    // Sanitizer settings pass through, so a sanitized child keeps its suppressions.
    let sanitizers = ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
    process.environment = environment.merging(sanitizers) { own, _ in own }
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func outputDoesNotDependOnLocale() throws {
    let plain = try run(environment: ["PATH": "/usr/bin:/bin"])
    #expect(!plain.isEmpty)
    for locale in ["C", "de_DE.UTF-8", "tr_TR.UTF-8", "ar_SA.UTF-8"] {
      let other = try run(environment: ["PATH": "/usr/bin:/bin", "LANG": locale, "LC_ALL": locale])
      #expect(other == plain, "output differs under \(locale)")
    }
  }

  @Test func binaryLinksNoNetworkingLibrary() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
    process.arguments = [CheckCommandTests.binary.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let libraries = String(
      decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(libraries.contains("libicuuc"))
    for networking in ["FoundationNetworking", "libcurl", "libssl", "libnghttp"] {
      #expect(!libraries.contains(networking), "links \(networking)")
    }
  }

  /// `--output` writes a file under a temporary name and renames it into
  /// place; a device, a pipe or a folder must never be replaced or removed.
  @Test func outputToADeviceOrAFolderLeavesItInPlace() throws {
    let toNull = try CheckCommandTests.run([
      "check", "--text", Self.outcomes[0], "--output", "/dev/null",
    ])
    #expect(toNull.status == 0)
    let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type]
    #expect(type as? FileAttributeType == .typeCharacterSpecial)

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-folder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let kept = directory.appendingPathComponent("kept.txt")
    try "keep me".write(to: kept, atomically: true, encoding: .utf8)
    let toFolder = try CheckCommandTests.run([
      "check", "--text", Self.outcomes[0], "--output", directory.path,
    ])
    #expect(toFolder.status == 2)
    #expect(toFolder.stderr.contains("is a folder, not a file"))
    #expect(try String(contentsOf: kept, encoding: .utf8) == "keep me")
  }

  @Test func outputThroughASymbolicLinkReplacesTheFileItNames() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-link-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("report.jsonl")
    let link = directory.appendingPathComponent("latest.jsonl")
    try "old".write(to: target, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    let run = try CheckCommandTests.run([
      "check", "--format", "jsonl", "--text", Self.outcomes[0], "--output", link.path,
    ])
    #expect(run.status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{\"schema\":1"))
  }

  @Test func writesOnlyItsNamedOutput() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-writes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let process = Process()
    process.executableURL = CheckCommandTests.binary
    process.currentDirectoryURL = directory
    process.arguments = [
      "check", "--text", Self.outcomes[0], "--output", "report.jsonl", "--summary",
    ]
    process.standardError = Pipe()
    try process.run()
    process.waitUntilExit()
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.jsonl"])
  }
}
