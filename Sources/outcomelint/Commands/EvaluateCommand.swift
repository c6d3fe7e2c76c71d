import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters

/// `outcomelint evaluate`: measure the engine against labelled outcomes.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Compare the engine's judgements with labelled outcomes.",
    discussion: """
      Reads JSON Lines records with `text`, `source_verdict` (good, poor or rewrite) and \
      the labels timeframe, measurable, specific, provision, service_perspective and purpose \
      (true, false or null; null labels are skipped). Reports per label the fault \
      detection precision, recall, F1 and confusion counts, the verdict agreement (grade \
      outstanding or good against a good or rewrite verdict) and Cohen's kappa. Exit status: \
      0, or 1 with --enforce-targets when a target is missed, 2 on a usage, lexicon or \
      input failure.
      """
  )

  /// The formats an evaluation can be written in.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text, jsonl
  }

  @Argument(help: "Labelled .jsonl files, or folders of them.")
  var paths: [String]

  @OptionGroup var configuration: ConfigurationOptions

  @Option(help: "Output format: text or jsonl.")
  var format: Format = .text

  @Flag(help: "List every disagreement with the findings that caused it.")
  var disagreements = false

  @Option(name: .customLong("min-agreement"), help: "The verdict agreement target.")
  var minimumAgreement = AccuracyTargets.project.verdictAgreement

  @Option(name: .customLong("min-f1"), help: "The fault F1 target for every label.")
  var minimumF1 = AccuracyTargets.project.faultF1

  @Flag(help: "Exit 1 when verdict agreement or any fault F1 is below its target.")
  var enforceTargets = false

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("Give labelled .jsonl files or folders.") }
    guard (0...1).contains(minimumAgreement), (0...1).contains(minimumF1) else {
      throw ValidationError("Targets are ratios between 0 and 1.")
    }
  }

  func run() throws {
    let set: LabelledSet
    let result: (evaluation: Evaluation, problems: [String])
    do {
      set = try LabelledSet(paths: paths)
      result = try set.evaluate(with: Analyzer(engine: configuration.engine()))
    } catch let error as LabelledSet.PathError {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
    for problem in result.problems { Diagnostics.error(problem) }
    let targets = AccuracyTargets(verdictAgreement: minimumAgreement, faultF1: minimumF1)
    var output = OutputBuffer(handle: FileHandle.standardOutput)
    switch format {
    case .text:
      EvaluationTextReporter(showDisagreements: disagreements).render(
        result.evaluation, files: set.files, targets: targets, into: &output)
    case .jsonl:
      EvaluationJSONReporter(showDisagreements: disagreements).render(
        result.evaluation, files: set.files, targets: targets, into: &output)
    }
    output.flush()
    if !result.problems.isEmpty { throw ExitCode(2) }
    if enforceTargets && !result.evaluation.shortfalls(targets).isEmpty { throw ExitCode(1) }
  }
}
