import Foundation
import OutcomeLint
import Testing

/// Lexicon files: their format, their errors and user folders.
@Suite struct LexiconTests {
  @Test func bundledLexiconsLoadEveryKind() throws {
    let lexicons = try Lexicons.load()
    for kind in LexiconKind.allCases {
      #expect(!lexicons.entries(of: kind).isEmpty, "\(kind.name) is empty")
    }
  }

  /// The lexicons whose values name a class the engine's code tests for
  /// read every value as a known ``ValueClass``, so none falls to `other`.
  @Test func classValuedLexiconsReadAsKnownClasses() throws {
    let lexicons = try Lexicons.load()
    let classValued: [LexiconKind] = [
      .modals, .functionWords, .personReferences, .timeframeLeads, .criteria, .provision,
    ]
    for kind in classValued {
      for index in lexicons.entries(of: kind).indices {
        let valueClass = lexicons.valueClass(Int32(index), of: kind)
        #expect(valueClass != .other, "\(kind.name) entry \(index)")
        #expect(valueClass.rawValue == lexicons.value(Int32(index), of: kind))
      }
    }
    #expect(lexicons.valueClass(0, of: .jargon) == .other)
  }

  @Test func brokenLinesAreReportedWithFileAndLine() {
    let contents = "# lexicon: criteria\neach day\tfrequency\ndaily\tsometimes\n \tfrequency\n"
    guard case .failure(let errors) = LexiconFile.parse(contents: contents, path: "x/criteria.tsv")
    else {
      Issue.record("expected errors")
      return
    }
    #expect(
      errors.errors.map(\.description).contains {
        $0.hasPrefix("x/criteria.tsv:3: value 'sometimes'")
      })
    #expect(errors.errors.map(\.description).contains("x/criteria.tsv:4: empty phrase"))
  }

  @Test func wrongHeaderAndUnknownFileAreErrors() {
    let wrongHeader = LexiconFile.parse(
      contents: "# lexicon: jargon\nfoo\tbar\n", path: "absolutes.tsv")
    #expect(throws: LexiconErrors.self) { try wrongHeader.get() }
    let unknown = LexiconFile.parse(contents: "# lexicon: colours\n", path: "colours.tsv")
    #expect(throws: LexiconErrors.self) { try unknown.get() }
  }

  @Test func windowsLineEndingsAreRead() throws {
    let file = try LexiconFile.parse(
      contents: "# lexicon: jargon\r\nWIBBLE\ta plain word\r\nWOBBLE\tanother\r\n",
      path: "jargon.tsv"
    ).get()
    #expect(file.entries.map(\.phrase) == ["WIBBLE", "WOBBLE"])
    #expect(file.entries.map(\.value) == ["a plain word", "another"])
    #expect(file.entries[1].location.line == 3)
  }

  @Test func columnsAreTrimmedAndPhraseSpacesCollapsed() throws {
    let file = try LexiconFile.parse(
      contents: """
        # lexicon: jargon
        # a comment line
          ZONE  OF   REGULATION \t a plan | a scheme |\tsee the guidance  
        naïve thérapie\tcare

        ! SALT
        """,
      path: "jargon.tsv"
    ).get()
    #expect(file.entries.map(\.phrase) == ["ZONE OF REGULATION", "naïve thérapie"])
    #expect(file.entries[0].values == ["a plan", "a scheme"])
    #expect(file.entries[0].note == "see the guidance")
    #expect(file.entries[0].location.line == 3)
    #expect(file.removals == ["SALT"])
  }

  @Test func timeframeValuesAreChecked() {
    let bad = LexiconFile.parse(
      contents: "# lexicon: timeframes\nsoonish\tlater 3\n", path: "timeframes.tsv")
    guard case .failure(let errors) = bad else {
      Issue.record("expected an error")
      return
    }
    #expect(errors.errors[0].location.line == 2)
  }

  @Test func userFolderExtendsAndRemoves() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-lexicons-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "# lexicon: jargon\nWIBBLE\ta plain word\n!SALT\n".write(
      to: folder.appendingPathComponent("jargon.tsv"), atomically: true, encoding: .utf8)
    let lexicons = try Lexicons.load(userFolders: [folder])
    let phrases = lexicons.entries(of: .jargon).map(\.phrase)
    #expect(phrases.contains("WIBBLE"))
    #expect(!phrases.contains("SALT"))
  }

  @Test func brokenUserFileStopsLoadingWithItsLocation() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outcomelint-broken-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("criteria.tsv")
    try "# lexicon: criteria\neach fortnight\tfortnightly\n".write(
      to: file, atomically: true, encoding: .utf8)
    do {
      _ = try Lexicons.load(userFolders: [folder])
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("\(file.path):2: value 'fortnightly'"))
    }
  }
}
