import ArgumentParser
import OutcomeLint

extension ConfigurationOptions {
  /// Analyses outcomes typed on the command line (for `explain`, `compare`
  /// and `examples`) with one analyser; exits 2 on an empty or unreadable one.
  func analyze(_ texts: [String]) throws -> [OutcomeReport] {
    guard texts.allSatisfy({ $0.contains(where: { !$0.isWhitespace }) }) else {
      throw ValidationError("An outcome must not be empty.")
    }
    let engine = try engine()
    do {
      let analyzer = try Analyzer(engine: engine)
      return try texts.map { text throws(SegmentationError) in try analyzer.analyze(text) }
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }
}
