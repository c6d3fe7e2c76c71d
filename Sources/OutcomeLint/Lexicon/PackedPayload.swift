extension PhraseTrie {
  /// A ``Payload`` in 32 bits, for the trie's node records: the lexicon
  /// kind's raw value in the low five bits, then whether the phrase needs
  /// capitals, whether another payload of the same node follows, and a bit
  /// set in every payload (so all-zero is ``none``); the entry above them.
  struct PackedPayload: Sendable, Equatable {
    private let bits: UInt32

    private static let kindBits: UInt32 = 0x1F
    private static let capitalsBit: UInt32 = 0x20
    private static let nextBit: UInt32 = 0x40
    private static let presentBit: UInt32 = 0x80

    /// No payload: no phrase ends at the node.
    static let none = PackedPayload(bits: 0)

    private init(bits: UInt32) { self.bits = bits }

    /// Packs `payload`, noting whether another follows it.
    init(_ payload: Payload, hasNext: Bool) {
      precondition(payload.kind.rawValue <= Int(Self.kindBits), "a lexicon kind fits in five bits")
      precondition(payload.entry >= 0 && payload.entry < 1 << 24, "an entry fits in 24 bits")
      bits =
        UInt32(payload.entry) << 8 | Self.presentBit | (hasNext ? Self.nextBit : 0)
        | (payload.requiresCapitals ? Self.capitalsBit : 0) | UInt32(payload.kind.rawValue)
    }

    /// The raw value of the entry's lexicon kind.
    @inline(__always)
    var kindIndex: Int { Int(bits & Self.kindBits) }
    /// The entry's index in its lexicon.
    @inline(__always)
    var entry: Int32 { Int32(bitPattern: bits &>> 8) }
    /// Whether the phrase matches only capitals.
    @inline(__always)
    var requiresCapitals: Bool { bits & Self.capitalsBit != 0 }
    /// Whether another payload of the same node follows this one.
    @inline(__always)
    var hasNext: Bool { bits & Self.nextBit != 0 }

    /// The payload unpacked.
    var unpacked: Payload {
      Payload(
        kind: LexiconKind.allCases[kindIndex], entry: entry, requiresCapitals: requiresCapitals)
    }
  }
}
