import ArgumentParser
import Foundation
import OutcomeLint
import OutcomeLintReporters
import OutcomeLintRules

/// `outcomelint audit`: judge whole plans (their outcomes and plan-level
/// checks) and the corpus they form, on all cores, with per-plan output in
/// input order and a summary, a spreadsheet and an HTML report.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Audit EHC plans: grade each plan and its outcomes, and summarise the corpus.",
    discussion: """
      Reads plans as .json files (one plan each), .jsonl files (one plan per line), Word \
      documents (.docx) or plain-text and Markdown plans (.txt, .md) with Section A and \
      Section E headings, from files, directories (read recursively: .json, .jsonl and .docx) \
      or glob patterns, or - for standard input. \
      Exit status: 0 when no plan is below --fail-under, 1 when one is, 2 when a plan \
      cannot be read or on a usage or lexicon failure.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Plan files (.json, .jsonl, .docx, .txt, .md), directories or globs, or - for standard input.",
      valueName: "path"))
  var paths: [String] = []

  @OptionGroup var configuration: ConfigurationOptions

  @Option(help: "text (a summary, worst plans first) or jsonl (one object per plan).")
  var format: AuditFormat = .text

  @Option(help: "Write the text summary or JSON Lines to this file instead of standard output.")
  var output: String?

  @Option(help: "Also write a spreadsheet: one row per plan and one per outcome.")
  var csv: String?

  @Option(help: "Also write a self-contained HTML report.")
  var html: String?

  @Flag(help: "Replace children's names with initials in every output.")
  var redact = false

  @Option(help: "How many plans the text summary lists, worst first.")
  var top = 20

  @Option(
    help:
      "Similarity (0-1) of word 3-shingles at which outcomes in different plans are near-duplicates."
  )
  var similarity = 0.7

  @Option(
    name: .customLong("fail-under"),
    help: "Exit 1 when any plan grades below this (outstanding, good, requires-improvement).")
  var failUnder: Grade?

  @Option(help: "When to colour the text summary: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(help: "Worker threads (default: all cores). Output is identical at any number.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Print how long reading and analysing, and finding duplicate clusters, took.")
  var timings = false

  func validate() throws {
    guard jobs > 0 else { throw ValidationError("--jobs must be at least 1.") }
    guard top >= 0 else { throw ValidationError("--top must not be negative.") }
    guard similarity > 0 && similarity <= 1 else {
      throw ValidationError("--similarity must be above 0 and at most 1.")
    }
  }

  func run() throws {
    let sources: [PlanSource] =
      paths.isEmpty && !Diagnostics.stdinIsTerminal
      ? [.jsonLines(path: "-")] : PlanPaths.sources(for: paths)
    guard !sources.isEmpty else {
      throw ValidationError("Give plan files or directories to audit, or - for standard input.")
    }
    let engine = PlanEngine(analysis: try configuration.engine(), rules: BuiltInPlanRules.ruleSet)
    var outputs = try AuditOutputs(main: output, csv: csv, html: html)
    let jsonl = format == .jsonl ? AuditJSONLinesReporter() : nil
    let csvReporter = csv == nil ? nil : AuditCSVReporter()
    let htmlReporter = html == nil ? nil : HTMLReporter()
    if let csvReporter { outputs.csv?.write(csvReporter.header) }
    var summary = CorpusSummary(similarity: similarity)
    var belowThreshold = 0
    let redact = redact
    let failUnder = failUnder
    let started = Date()
    do {
      try BatchAnalyzer(engine: engine.analysis, jobs: jobs, batchSize: 16).run(
        makeStream: {
          PlanFileStream(
            sources: sources,
            documents: PlanDocumentReader(
              finder: PlanSectionFinder(isAreaName: engine.vocabulary.isAreaName)))
        },
        makeWorker: { _ throws(SegmentationError) in try PlanAnalyzer(engine: engine) },
        process: { analyzer, record in
          let result = analyzer.analyze(record, redact: redact)
          return RenderedPlan(
            jsonl: jsonl?.rendered(result) ?? [], csv: csvReporter?.rendered(result) ?? [],
            html: htmlReporter.map { reporter in
              var section = OutputBuffer(handle: nil)
              reporter.section(result, into: &section)
              return section.bytes
            } ?? [], digest: PlanDigest(result))
        },
        consume: { plans in
          for plan in plans {
            if let html = htmlReporter {
              outputs.spool?.write(html.opening(ordinal: summary.plans))
              outputs.spool?.write(bytes: plan.html)
            }
            summary.add(plan.digest)
            outputs.main.write(bytes: plan.jsonl)
            outputs.csv?.write(bytes: plan.csv)
            let row = plan.digest.row
            if let error = row.error {
              Diagnostics.error("\(row.source):\(row.line): \(error)")
            } else if let failUnder, let grade = row.grade, grade < failUnder {
              belowThreshold += 1
            }
          }
          outputs.flushIfNeeded()
        })
    } catch {
      outputs.abandon()
      Diagnostics.error(String(describing: error))
      throw ExitCode(2)
    }
    let analysed = Date()
    let clusters = summary.duplicates.clusters()
    let clustered = Date()
    if format == .text {
      AuditTerminalReporter(color: useColor, plans: top).render(
        summary, clusters: clusters, into: &outputs.main)
    }
    try outputs.finish(
      htmlHead: htmlReporter?.head(summary, clusters: clusters, title: "EHC plan outcomes audit"),
      htmlTail: htmlReporter?.tail)
    if timings {
      Diagnostics.write(
        "read and analysed \(summary.plans) plans (\(summary.outcomes) outcomes) in \(String(format: "%.2f", analysed.timeIntervalSince(started))) s; "
          + "duplicate clusters over \(summary.duplicates.outcomeCount) outcomes (\(summary.duplicates.distinctCount) distinct wordings) in \(String(format: "%.3f", clustered.timeIntervalSince(analysed))) s, \(clusters.count) clusters\n"
      )
    }
    if summary.errors > 0 { throw ExitCode(2) }
    if belowThreshold > 0 { throw ExitCode(1) }
  }

  private var useColor: Bool {
    switch color {
    case .always: true
    case .never: false
    case .auto: Diagnostics.stdoutIsTerminal && output == nil && Diagnostics.colorAllowed
    }
  }
}

/// What a worker renders for one plan.
private struct RenderedPlan: Sendable {
  let jsonl: [UInt8]
  let csv: [UInt8]
  let html: [UInt8]
  let digest: PlanDigest
}

/// How `audit` writes its main output.
enum AuditFormat: String, CaseIterable, ExpressibleByArgument {
  /// A summary for a person, worst plans first.
  case text
  /// One JSON object per plan, in input order.
  case jsonl
}
