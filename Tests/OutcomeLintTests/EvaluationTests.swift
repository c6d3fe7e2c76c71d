import OutcomeLint
import OutcomeLintTestSupport
import Testing

@Suite struct EvaluationTests {
  @Test func metricsFromConfusionCounts() {
    let counts = ConfusionCounts(
      truePositives: 8, falsePositives: 2, falseNegatives: 4, trueNegatives: 86)
    #expect(counts.total == 100)
    #expect(Evaluation.format(counts.precision) == "0.800")
    #expect(Evaluation.format(counts.recall) == "0.667")
    #expect(Evaluation.format(counts.f1) == "0.727")
    #expect(Evaluation.format(counts.agreement) == "0.940")
    // Chance agreement: 0.12 * 0.10 + 0.88 * 0.90 = 0.804; kappa = (0.94 - 0.804) / 0.196.
    #expect(Evaluation.format(counts.kappa) == "0.694")
  }

  @Test func emptyCountsAreNeutral() {
    let counts = ConfusionCounts()
    #expect(counts.precision == 1 && counts.recall == 1 && counts.kappa == 1)
  }

  static func record(_ json: String) -> InputRecord {
    RecordDecoder(format: .jsonl).decode(Array(json.utf8), line: 3, source: "set.jsonl")
  }

  @Test func nullLabelsAreSkipped() throws {
    let outcome = try LabelledOutcome(
      record: Self.record(
        #"{"id": "a", "text": "Tom will receive 1:1 support.", "source_verdict": "poor", "timeframe": false, "measurable": null, "provision": true}"#
      ))
    #expect(outcome.verdict == .poor)
    #expect(outcome.labels == [.timeframe: false, .provision: true])
    var evaluation = Evaluation()
    evaluation.add(outcome, report: try TestEngine.analyze("Tom will receive 1:1 support."))
    #expect(evaluation.counts(.measurable).total == 0)
    #expect(evaluation.counts(.timeframe).truePositives == 1)
    #expect(evaluation.counts(.provision).truePositives == 1)
    #expect(evaluation.verdict.trueNegatives == 1)
    #expect(evaluation.disagreements.isEmpty)
  }

  @Test func disagreementsCarryTheirFindings() throws {
    let outcome = try LabelledOutcome(
      record: Self.record(
        #"{"text": "Tom will receive 1:1 support.", "source_verdict": "good", "provision": false}"#
      ))
    var evaluation = Evaluation()
    evaluation.add(outcome, report: try TestEngine.analyze("Tom will receive 1:1 support."))
    let provision = try #require(
      evaluation.disagreements.first { $0.subject == .dimension(.provision) })
    #expect(provision.expected == "no fault" && provision.found == "fault")
    #expect(provision.findings.contains { $0.rule == "provision-as-outcome" })
    let verdict = try #require(evaluation.disagreements.first { $0.subject == .verdict })
    #expect(verdict.expected == "good" && verdict.found == "inadequate")
  }

  @Test func consistentVerdictLeavesOutGoodVerdictsWithCoreFaults() throws {
    let text = "By the end of Year 2, Tom will put on his coat independently at home time."
    // A good verdict whose own labels say there is no timeframe contradicts them.
    let contradicting = try LabelledOutcome(
      record: Self.record(
        #"{"text": "x", "source_verdict": "good", "timeframe": false, "purpose": false}"#))
    // No purpose is not a core fault; a poor verdict is always kept.
    let noPurpose = try LabelledOutcome(
      record: Self.record(
        #"{"text": "x", "source_verdict": "rewrite", "timeframe": true, "purpose": false}"#))
    let poor = try LabelledOutcome(
      record: Self.record(
        #"{"text": "x", "source_verdict": "poor", "provision": true, "specific": false}"#))
    let provisionGood = try LabelledOutcome(
      record: Self.record(#"{"text": "x", "source_verdict": "good", "provision": true}"#))
    #expect(contradicting.coreFaults == [.timeframe])
    #expect(!contradicting.verdictIsConsistentWithLabels)
    #expect(noPurpose.coreFaults.isEmpty && noPurpose.verdictIsConsistentWithLabels)
    #expect(poor.coreFaults == [.specific, .provision] && poor.verdictIsConsistentWithLabels)
    #expect(!provisionGood.verdictIsConsistentWithLabels)

    var evaluation = Evaluation()
    let report = try TestEngine.analyze(text)
    for outcome in [contradicting, noPurpose, poor, provisionGood] {
      evaluation.add(outcome, report: report)
    }
    // All four are compared for the verdict; only the two consistent ones here.
    #expect(evaluation.verdict.total == 4)
    #expect(evaluation.consistentVerdict.total == 2)
    let graded = report.score.grade >= .good
    #expect(evaluation.consistentVerdict.truePositives == (graded ? 1 : 0))
    #expect(evaluation.consistentVerdict.falsePositives == (graded ? 1 : 0))
  }

  @Test(arguments: [
    (#"{"text": "x", "timeframe": true}"#, "set.jsonl:3: missing field 'source_verdict'"),
    (#"{"text": "x", "source_verdict": "great"}"#, "set.jsonl:3: field 'source_verdict' is"),
    (#"{"text": "x", "source_verdict": "good", "purpose": "yes"}"#, "field 'purpose' is \"yes\""),
  ])
  func badLabelsAreReported(json: String, message: String) {
    #expect {
      _ = try LabelledOutcome(record: Self.record(json))
    } throws: { error in
      (error as? LabelledOutcome.LabelError)?.description.contains(message) == true
    }
  }

  @Test func missingPathIsAnError() {
    #expect(throws: LabelledSet.PathError.self) {
      _ = try LabelledSet(paths: ["/nonexistent/labelled.jsonl"])
    }
  }
}
