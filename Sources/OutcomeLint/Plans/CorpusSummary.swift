/// Totals over an audit: plan grades overall and by key stage, outcome grades
/// by area of need, how often each rule fires, mean dimension scores, and the
/// near-duplicate index. Plans are added in input order on one thread; only a
/// small row per plan is kept.
public struct CorpusSummary: Sendable {
  /// Every plan's row, in input order.
  public private(set) var rows: [PlanRow] = []
  /// Plans that could not be read.
  public private(set) var errors = 0
  /// Outcomes audited.
  public private(set) var outcomes = 0
  /// How many plans got each grade.
  public private(set) var planGrades: [Grade: Int] = [:]
  /// Plan grades by key stage (nil: no year group or age given).
  public private(set) var planGradesByStage: [KeyStage?: [Grade: Int]] = [:]
  /// Outcome grades by the area their `area` field names.
  public private(set) var outcomeGradesByArea: [AreaGroup: [Grade: Int]] = [:]
  /// How many outcomes each outcome rule fired on.
  public private(set) var outcomeRuleCounts: [String: Int] = [:]
  /// How many plans each plan rule fired on.
  public private(set) var planRuleCounts: [String: Int] = [:]
  /// The near-duplicate index over every outcome.
  public private(set) var duplicates: NearDuplicateIndex
  private var dimensionTotals = Array(repeating: 0, count: Dimension.allCases.count)

  /// An empty summary; `similarity` is the near-duplicate threshold.
  public init(similarity: Double = 0.7) {
    duplicates = NearDuplicateIndex(threshold: similarity)
  }

  /// Plans read (audited plus errors).
  public var plans: Int { rows.count }
  /// Plans audited.
  public var audited: Int { rows.count - errors }

  /// Adds the next plan.
  public mutating func add(_ digest: PlanDigest) {
    let ordinal = rows.count
    rows.append(digest.row)
    guard let grade = digest.row.grade else {
      errors += 1
      return
    }
    planGrades[grade, default: 0] += 1
    planGradesByStage[digest.row.keyStage, default: [:]][grade, default: 0] += 1
    for rule in digest.planRules { planRuleCounts[rule, default: 0] += 1 }
    for (index, outcome) in digest.outcomes.enumerated() {
      outcomes += 1
      outcomeGradesByArea[outcome.area, default: [:]][outcome.grade, default: 0] += 1
      for rule in outcome.rules { outcomeRuleCounts[rule, default: 0] += 1 }
      for (dimension, score) in outcome.dimensionScores.enumerated() {
        dimensionTotals[dimension] += score
      }
      duplicates.add(
        outcome.fingerprint, signature: outcome.signature, text: outcome.text, plan: ordinal,
        outcome: index)
    }
  }

  /// The mean score of `dimension` over audited outcomes.
  public func meanScore(_ dimension: Dimension) -> Double {
    guard outcomes > 0, let index = Dimension.allCases.firstIndex(of: dimension) else { return 0 }
    return Double(dimensionTotals[index]) / Double(outcomes)
  }

  /// The mean plan score over audited plans.
  public var meanPlanScore: Double {
    let scored = rows.filter { $0.grade != nil }
    return scored.isEmpty ? 0 : Double(scored.reduce(0) { $0 + $1.score }) / Double(scored.count)
  }

  /// Rules by how often they fired, most first (ties by id): outcome rules
  /// with their share of outcomes, plan rules with their share of plans.
  public var ruleFrequencies: [(rule: String, count: Int, share: Double, isPlanRule: Bool)] {
    let outcomeRules = outcomeRuleCounts.map {
      (rule: $0.key, count: $0.value, share: share($0.value, of: outcomes), isPlanRule: false)
    }
    let planRules = planRuleCounts.map {
      (rule: $0.key, count: $0.value, share: share($0.value, of: audited), isPlanRule: true)
    }
    return (outcomeRules + planRules).sorted { ($1.share, $0.rule) < ($0.share, $1.rule) }
  }

  /// Row indices, worst plan first: unreadable plans, then by grade, score
  /// and input order.
  public var worstFirst: [Int] {
    rows.indices.sorted { left, right in
      let a = rows[left]
      let b = rows[right]
      switch (a.grade, b.grade) {
      case (nil, nil): return left < right
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?):
        return (x, a.score, left) < (y, b.score, right)
      }
    }
  }

  private func share(_ count: Int, of total: Int) -> Double {
    total > 0 ? Double(count) / Double(total) : 0
  }
}
