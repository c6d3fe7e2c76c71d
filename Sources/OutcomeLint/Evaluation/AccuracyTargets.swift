/// The accuracy the project holds itself to on a labelled set.
public struct AccuracyTargets: Sendable, Equatable {
  /// The lowest acceptable verdict agreement.
  public let verdictAgreement: Double
  /// The lowest acceptable fault F1 in every labelled dimension.
  public let faultF1: Double

  /// Creates targets.
  public init(verdictAgreement: Double, faultF1: Double) {
    self.verdictAgreement = verdictAgreement
    self.faultF1 = faultF1
  }

  /// The project's targets: verdict agreement 0.92, every fault F1 0.88.
  public static let project = AccuracyTargets(verdictAgreement: 0.92, faultF1: 0.88)
}
