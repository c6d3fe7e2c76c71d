import ArgumentParser
import OutcomeLint

extension ConfigurationOptions {
  /// Analyses outcomes typed on the command line (for `explain`, `compare`
  /// and `examples`) with one analyser; exits 2 on an empty or unreadable one.
  /// `byWhen` is a deadline stated beside them, judged as their timeframe
  /// when they state none.
  func analyze(_ texts: [String], byWhen: String? = nil) throws -> [OutcomeReport] {
    guard texts.allSatisfy({ $0.contains(where: { !$0.isWhitespace }) }) else {
      throw ValidationError("An outcome must not be empty.")
    }
    let engine = try engine()
    do {
      let analyzer = try Analyzer(engine: engine)
      return try texts.map { text throws(SegmentationError) in
        let line = SuppressionComment(line: Array(text.utf8))
        return try analyzer.analyze(
          utf8: line.text, byWhen: byWhen, suppressions: line.suppressions)
      }
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }
}
