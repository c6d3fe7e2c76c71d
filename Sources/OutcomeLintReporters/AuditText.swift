import OutcomeLint

/// Wording the audit reporters share: grade counts, stage and area names.
enum AuditText {
  /// "outstanding 3, good 5, requires-improvement 2, inadequate 1".
  static func gradeCounts(_ counts: [Grade: Int]) -> String {
    Grade.allCases.map { "\($0.name) \(counts[$0] ?? 0)" }.joined(separator: ", ")
  }

  /// The key stages present in the summary, in school order, unknown last.
  static func stages(_ summary: CorpusSummary) -> [KeyStage?] {
    KeyStage.allCases.filter { summary.planGradesByStage[$0] != nil }
      + (summary.planGradesByStage[nil] != nil ? [nil] : [])
  }

  /// The area groups present in the summary, in report order: the areas of
  /// need, education, health, social care, preparing for adulthood, then
  /// unrecognised and none.
  static func areas(_ summary: CorpusSummary) -> [AreaGroup] {
    AreaGroup.all.filter { summary.outcomeGradesByArea[$0] != nil }
  }

  /// A key stage's name, or "unknown".
  static func stageName(_ stage: KeyStage?) -> String { stage?.name ?? "unknown" }

  /// The terminal colour of a grade.
  static func color(_ grade: Grade) -> TerminalStyle.Color {
    switch grade {
    case .outstanding, .good: .green
    case .requiresImprovement: .yellow
    case .inadequate: .red
    }
  }
}
