/// How often the engine found a fault, against how often the labels say there
/// is one: the confusion counts of fault detection, with precision, recall and F1.
public struct ConfusionCounts: Sendable, Equatable {
  /// Fault labelled and found.
  public var truePositives = 0
  /// Fault found but not labelled.
  public var falsePositives = 0
  /// Fault labelled but not found.
  public var falseNegatives = 0
  /// Neither labelled nor found.
  public var trueNegatives = 0

  /// Creates counts.
  public init(
    truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0,
    trueNegatives: Int = 0
  ) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.trueNegatives = trueNegatives
  }

  /// Counts one comparison.
  public mutating func add(expected: Bool, found: Bool) {
    switch (expected, found) {
    case (true, true): truePositives += 1
    case (false, true): falsePositives += 1
    case (true, false): falseNegatives += 1
    case (false, false): trueNegatives += 1
    }
  }

  /// How many comparisons were counted.
  public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

  /// The share of comparisons where engine and label agree (1 when there are none).
  public var agreement: Double { ratio(truePositives + trueNegatives, total) }

  /// Of the faults found, the share labelled (1 when none was found).
  public var precision: Double { ratio(truePositives, truePositives + falsePositives) }

  /// Of the faults labelled, the share found (1 when none was labelled).
  public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }

  /// The harmonic mean of precision and recall (0 when both are 0).
  public var f1: Double {
    let sum = precision + recall
    return sum == 0 ? 0 : 2 * precision * recall / sum
  }

  /// Cohen's kappa: agreement corrected for the agreement expected by chance
  /// from each side's own rates (1 when both sides never vary and agree).
  public var kappa: Double {
    guard total > 0 else { return 1 }
    let count = Double(total)
    let observed = Double(truePositives + trueNegatives) / count
    let labelledYes = Double(truePositives + falseNegatives) / count
    let foundYes = Double(truePositives + falsePositives) / count
    let chance = labelledYes * foundYes + (1 - labelledYes) * (1 - foundYes)
    guard chance < 1 else { return observed == 1 ? 1 : 0 }
    return (observed - chance) / (1 - chance)
  }

  private func ratio(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 1 : Double(part) / Double(whole)
  }
}
