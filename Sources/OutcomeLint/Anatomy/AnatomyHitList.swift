/// The anatomy's lists of lexicon hits, kept one after another in a single
/// array (in this order) so that an outcome's anatomy holds one array of
/// hits rather than ten.
enum AnatomyHitList: Int, CaseIterable {
  case passiveSupport, observableVerbs, vagueVerbs, abstractGoals, absolutes, lowExpectations
  case serviceActions, jargon, context, statementModals

  /// The lexicon a main-clause list takes its hits from.
  var lexiconKind: LexiconKind {
    switch self {
    case .passiveSupport: .passiveSupport
    case .observableVerbs: .observableVerbs
    case .vagueVerbs: .vagueVerbs
    case .abstractGoals: .abstractGoals
    case .absolutes: .absolutes
    case .lowExpectations: .lowExpectations
    case .serviceActions: .serviceActions
    case .jargon: .jargon
    case .context: .contextPhrases
    case .statementModals: .modals
    }
  }

  /// Where each list ends in the single array, by raw value: ten 32-bit
  /// ends in five plain words. A SIMD vector would align an anatomy holding
  /// them to 64 bytes, and an aligned allocation costs more than a plain one.
  struct Ends {
    private static let count = AnatomyHitList.allCases.count
    private var words: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)

    init() {
      precondition(Self.count <= MemoryLayout.size(ofValue: words) / 4, "an end per list")
    }

    /// The end of the list with raw value `list`.
    subscript(list: Int) -> Int32 {
      get {
        precondition(list >= 0 && list < Self.count, "one of the lists")
        return withUnsafeBytes(of: words) { $0.load(fromByteOffset: list * 4, as: Int32.self) }
      }
      set {
        precondition(list >= 0 && list < Self.count, "one of the lists")
        withUnsafeMutableBytes(of: &words) {
          $0.storeBytes(of: newValue, toByteOffset: list * 4, as: Int32.self)
        }
      }
    }
  }

  /// The positions of `list` in the single array, given where each list ends.
  static func positions(of list: AnatomyHitList, ends: Ends) -> Range<Int> {
    let start = list.rawValue == 0 ? 0 : Int(ends[list.rawValue - 1])
    return start..<Int(ends[list.rawValue])
  }

  /// Builds the lists in order, in storage recycled from a worker's scratch:
  /// append a list's hits to `hits`, then ``close(_:)`` it.
  struct Builder {
    /// The hits of the lists closed so far, then of the one being built.
    var hits: [LexiconHit]
    /// Where each closed list ends in `hits`.
    private(set) var ends = Ends()

    /// Starts with the storage of `storage`, emptied.
    init(storage: inout [LexiconHit]) {
      hits = .recycled(from: &storage)
    }

    /// Ends `list` (the next in order) at the hits appended so far.
    mutating func close(_ list: AnatomyHitList) {
      ends[list.rawValue] = Int32(hits.count)
    }

    /// The hits of `list`, once closed.
    func list(_ list: AnatomyHitList) -> ArraySlice<LexiconHit> {
      hits[AnatomyHitList.positions(of: list, ends: ends)]
    }

    /// The finished array, whose storage `storage` shares for the next outcome.
    func finish(givingBackTo storage: inout [LexiconHit]) -> [LexiconHit] {
      storage = hits
      return hits
    }
  }
}
