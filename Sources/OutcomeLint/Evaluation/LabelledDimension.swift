/// A per-dimension label in a labelled set (the format of the project's
/// `corpus/labelled/` and the shared gold sets), and the engine dimension it
/// is compared with.
public enum LabelledDimension: String, Sendable, CaseIterable {
  /// `timeframe`: says by when (the fault: no usable timeframe).
  case timeframe
  /// `measurable`: clear how you would know (the fault: not measurable).
  case measurable
  /// `specific`: exactly what, for this person (the fault: not specific).
  case specific
  /// `provision`: describes provision (the fault: the label is true).
  case provision
  /// `service_perspective`: a service's perspective (the fault: the label is true).
  case servicePerspective = "service_perspective"
  /// `purpose`: carries a "so that" benefit (the fault: no purpose).
  case purpose

  /// The label's field name in a labelled record.
  public var field: String { rawValue }

  /// The engine dimension whose pass or fail the label is compared with.
  public var dimension: Dimension {
    switch self {
    case .timeframe: .timeframe
    case .measurable: .measurable
    case .specific: .specific
    case .provision: .provision
    case .servicePerspective: .perspective
    case .purpose: .purpose
    }
  }

  /// Whether the guidance makes this dimension a core one, which a good
  /// outcome must pass: every dimension but purpose.
  public var isCore: Bool { self != .purpose }

  /// Whether a label of `value` means the outcome has this dimension's fault.
  public func isFault(label value: Bool) -> Bool {
    switch self {
    case .timeframe, .measurable, .specific, .purpose: !value
    case .provision, .servicePerspective: value
    }
  }
}
