/// The arrays one outcome's document and anatomy are built in, kept by the
/// worker from one outcome to the next.
///
/// A result keeps a copy of each array, sharing its storage. Once the
/// worker's previous result is gone that storage is held only here again, so
/// the next outcome refills it in place rather than allocating; should a
/// caller keep a result, copy-on-write gives the next outcome new storage.
struct AnalysisScratch {
  /// The document's hits, grouped by lexicon kind.
  var hitList: [LexiconHit] = []
  /// Where each lexicon kind's hits start in `hitList`.
  var kindStarts: [Int32] = []
  /// The document's per-token bitmask of lexicon kinds with a hit starting there.
  var hitStarts: [UInt32] = []
  /// The anatomy's per-token region flags (see ``TokenRegions``).
  var tokenRegions: [UInt8] = []
  /// The anatomy's lists of hits (see ``AnatomyHitList``).
  var anatomyHits: [LexiconHit] = []
  /// The anatomy's other lists.
  var provision: [ProvisionMention] = []
  var timeframes: [Timeframe] = []
  var timeframeCandidates: [Timeframe] = []
  var purposes: [Purpose] = []
  var criteria: [Criterion] = []
  var criterionCandidates: [Criterion] = []
}
