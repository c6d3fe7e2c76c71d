/// The stages of education in England, for grouping plans by phase.
public enum KeyStage: String, Sendable, CaseIterable, Comparable {
  /// Early Years Foundation Stage (to the end of Reception).
  case earlyYears = "eyfs"
  /// Key Stage 1 (Years 1-2).
  case keyStage1 = "ks1"
  /// Key Stage 2 (Years 3-6).
  case keyStage2 = "ks2"
  /// Key Stage 3 (Years 7-9).
  case keyStage3 = "ks3"
  /// Key Stage 4 (Years 10-11).
  case keyStage4 = "ks4"
  /// Post-16 (Year 12 on: sixth form, college, to 25).
  case post16 = "post-16"

  /// The stage a year group falls in (Reception is 0).
  public init(yearGroup: Int) {
    switch yearGroup {
    case ..<1: self = .earlyYears
    case 1...2: self = .keyStage1
    case 3...6: self = .keyStage2
    case 7...9: self = .keyStage3
    case 10...11: self = .keyStage4
    default: self = .post16
    }
  }

  /// The stage's name as written in reports.
  public var name: String { rawValue }

  /// The year group at whose end the stage ends.
  public var finalYear: Int {
    switch self {
    case .earlyYears: 0
    case .keyStage1: 2
    case .keyStage2: 6
    case .keyStage3: 9
    case .keyStage4: 11
    case .post16: 13
    }
  }

  public static func < (lhs: KeyStage, rhs: KeyStage) -> Bool { lhs.finalYear < rhs.finalYear }
}
