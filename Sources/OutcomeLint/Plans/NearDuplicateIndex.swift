/// Finds near-duplicate outcomes across a whole corpus with MinHash and
/// locality-sensitive hashing, in memory proportional to the number of
/// distinct wordings.
///
/// Outcomes are added one at a time as plans stream past. Exact copies
/// (after normalising case, the child's name and pronouns) share one entry;
/// each distinct wording keeps a 30-value 16-bit signature and a short
/// sample. ``clusters(minimumPlans:)`` then, band by band, sorts the band keys,
/// and joins wordings whose band agrees and whose estimated similarity
/// reaches ``threshold`` (union-find), so the work is O(n log n), not O(n²).
public struct NearDuplicateIndex: Sendable {
  /// The lowest estimated Jaccard similarity of word 3-shingles that counts as near-duplicate.
  public let threshold: Double
  /// Samples longer than this many bytes are shortened.
  public static let sampleBytes = 200

  private var distinctByKey: [UInt64: Int32] = [:]
  private var signatures: [UInt16] = []
  private var samples: [String] = []
  private var occurrenceDistinct: [Int32] = []
  private var occurrencePlan: [Int32] = []
  private var occurrenceOutcome: [UInt16] = []

  /// An empty index.
  public init(threshold: Double = 0.7) {
    self.threshold = threshold
  }

  /// Outcomes added.
  public var outcomeCount: Int { occurrenceDistinct.count }
  /// Distinct wordings among them.
  public var distinctCount: Int { samples.count }

  /// Adds outcome `outcome` of plan `plan` (both 0-based).
  public mutating func add(
    _ fingerprint: OutcomeFingerprint, signature: MinHashSignature, text: String, plan: Int,
    outcome: Int
  ) {
    let distinct: Int32
    if let known = distinctByKey[fingerprint.exactKey] {
      distinct = known
    } else {
      distinct = Int32(samples.count)
      distinctByKey[fingerprint.exactKey] = distinct
      signatures.append(contentsOf: signature.values)
      samples.append(Self.shortened(text))
    }
    occurrenceDistinct.append(distinct)
    occurrencePlan.append(Int32(plan))
    occurrenceOutcome.append(UInt16(clamping: outcome))
  }

  /// The clusters whose wording appears in at least `minimumPlans` plans,
  /// most plans first (ties in input order).
  public func clusters(minimumPlans: Int = 2) -> [DuplicateCluster] {
    var parent = Array(Int32(0)..<Int32(samples.count))
    func root(_ item: Int32) -> Int32 {
      var item = item
      while parent[Int(item)] != item {
        parent[Int(item)] = parent[Int(parent[Int(item)])]
        item = parent[Int(item)]
      }
      return item
    }
    var keys: [(key: UInt64, item: Int32)] = []
    keys.reserveCapacity(samples.count)
    for band in 0..<MinHashSignature.bands {
      keys.removeAll(keepingCapacity: true)
      for item in 0..<samples.count {
        keys.append((signature(item).bandKey(band), Int32(item)))
      }
      keys.sort { ($0.key, $0.item) < ($1.key, $1.item) }
      var start = 0
      while start < keys.count {
        var end = start + 1
        while end < keys.count && keys[end].key == keys[start].key { end += 1 }
        let head = keys[start].item
        let headSignature = signature(Int(head))
        for index in (start + 1)..<end {
          let item = keys[index].item
          guard root(item) != root(head),
            signature(Int(item)).estimatedSimilarity(to: headSignature) >= threshold
          else { continue }
          parent[Int(root(item))] = root(head)
        }
        start = end
      }
    }
    var groups: [Int32: [Int]] = [:]
    for occurrence in 0..<occurrenceDistinct.count {
      groups[root(occurrenceDistinct[occurrence]), default: []].append(occurrence)
    }
    var clusters: [(first: Int, cluster: DuplicateCluster)] = []
    for members in groups.values {
      let plans = Set(members.map { occurrencePlan[$0] })
      guard plans.count >= minimumPlans, let first = members.first else { continue }
      clusters.append(
        (
          first,
          DuplicateCluster(
            sample: samples[Int(occurrenceDistinct[first])],
            occurrences: members.map {
              DuplicateCluster.Occurrence(
                plan: Int(occurrencePlan[$0]), outcome: Int(occurrenceOutcome[$0]))
            },
            variants: Set(members.map { occurrenceDistinct[$0] }).count)
        ))
    }
    return clusters.sorted {
      ($1.cluster.plans.count, $0.first) < ($0.cluster.plans.count, $1.first)
    }.map(\.cluster)
  }

  private func signature(_ item: Int) -> MinHashSignature {
    let start = item * MinHashSignature.count
    return MinHashSignature(values: Array(signatures[start..<(start + MinHashSignature.count)]))
  }

  /// `text` cut at the last character boundary that leaves room for "…"
  /// within ``sampleBytes``. When the bytes up to the cut are ASCII and the
  /// cut does not split a CR LF, every byte there ends a character, so the
  /// cut is found without reading characters.
  private static func shortened(_ text: String) -> String {
    guard text.utf8.count > sampleBytes else { return text }
    let cut = sampleBytes - 3
    let utf8 = Array(text.utf8.prefix(cut + 1))
    if utf8.allSatisfy({ $0 < 0x80 }) && !(utf8[cut - 1] == 0x0D && utf8[cut] == 0x0A) {
      return String(decoding: utf8[..<cut], as: UTF8.self) + "…"
    }
    var result = ""
    for character in text {
      guard result.utf8.count + character.utf8.count <= sampleBytes - 3 else { break }
      result.append(character)
    }
    return result + "…"
  }
}
