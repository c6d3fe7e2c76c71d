/// A MinHash signature of an outcome's shingles: for each of
/// ``count`` hash functions, the low 16 bits of the smallest hash of any
/// shingle. The share of positions two signatures agree on estimates the
/// Jaccard similarity of their shingle sets; equal bands of ``rows``
/// positions make two outcomes candidates (locality-sensitive hashing).
public struct MinHashSignature: Sendable, Equatable {
  /// The number of hash functions.
  public static let count = 30
  /// Positions per band.
  public static let rows = 3
  /// Bands (``count`` / ``rows``).
  public static let bands = count / rows

  /// The signature's values.
  public let values: [UInt16]

  /// The signature of `fingerprint`.
  public init(_ fingerprint: OutcomeFingerprint) {
    let seeds = Self.seeds
    values = fingerprint.shingles.withUnsafeBufferPointer { shingles in
      [UInt16](unsafeUninitializedCapacity: Self.count) { values, initialized in
        for index in 0..<Self.count {
          let seed = seeds[index]
          var minimum = UInt64.max
          for shingle in shingles {
            minimum = min(minimum, OutcomeFingerprint.mix(shingle ^ seed))
          }
          values[index] = UInt16(truncatingIfNeeded: minimum)
        }
        initialized = Self.count
      }
    }
  }

  /// The estimated Jaccard similarity: the share of positions that agree.
  public func estimatedSimilarity(to other: MinHashSignature) -> Double {
    var same = 0
    for index in 0..<Self.count where values[index] == other.values[index] { same += 1 }
    return Double(same) / Double(Self.count)
  }

  /// The key of band `band`: its values packed, with the band number mixed in.
  public func bandKey(_ band: Int) -> UInt64 {
    var key = UInt64(band) << 48
    for row in 0..<Self.rows {
      key ^= UInt64(values[band * Self.rows + row]) << (16 * UInt64(row))
    }
    return key
  }

  private static let seeds: [UInt64] = (0..<count).map {
    OutcomeFingerprint.mix(UInt64($0) &* 0x2545_F491_4F6C_DD1D &+ 0x1234_5678)
  }
}
