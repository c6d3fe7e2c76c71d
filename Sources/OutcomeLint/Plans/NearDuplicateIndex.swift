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
  /// Each distinct wording's sample, as UTF-8 bytes one after another in
  /// chunks of ``sampleChunkBytes`` (so growing never copies what is kept),
  /// found by its start (chunk number times the chunk size, plus the offset)
  /// and its length.
  private var sampleChunks: [[UInt8]] = []
  private var sampleStarts: [Int] = []
  private var sampleLengths: [UInt8] = []
  private static let sampleChunkBytes = 1 << 20
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
  public var distinctCount: Int { sampleLengths.count }

  /// Adds outcome `outcome` of plan `plan` (both 0-based).
  public mutating func add(
    _ fingerprint: OutcomeFingerprint, signature: MinHashSignature, text: String, plan: Int,
    outcome: Int
  ) {
    let distinct: Int32
    if let known = distinctByKey[fingerprint.exactKey] {
      distinct = known
    } else {
      distinct = Int32(sampleLengths.count)
      distinctByKey[fingerprint.exactKey] = distinct
      signatures.append(contentsOf: signature.values)
      addSample(Self.shortened(text))
    }
    occurrenceDistinct.append(distinct)
    occurrencePlan.append(Int32(plan))
    occurrenceOutcome.append(UInt16(clamping: outcome))
  }

  /// The clusters whose wording appears in at least `minimumPlans` plans,
  /// most plans first (ties in input order).
  public func clusters(minimumPlans: Int = 2) -> [DuplicateCluster] {
    var parent = Array(Int32(0)..<Int32(distinctCount))
    func root(_ item: Int32) -> Int32 {
      var item = item
      while parent[Int(item)] != item {
        parent[Int(item)] = parent[Int(parent[Int(item)])]
        item = parent[Int(item)]
      }
      return item
    }
    var keys: [(key: UInt64, item: Int32)] = []
    keys.reserveCapacity(distinctCount)
    for band in 0..<MinHashSignature.bands {
      keys.removeAll(keepingCapacity: true)
      for item in 0..<distinctCount {
        keys.append((bandKey(of: item, band: band), Int32(item)))
      }
      keys.sort { ($0.key, $0.item) < ($1.key, $1.item) }
      var start = 0
      while start < keys.count {
        var end = start + 1
        while end < keys.count && keys[end].key == keys[start].key { end += 1 }
        let head = keys[start].item
        for index in (start + 1)..<end {
          let item = keys[index].item
          guard root(item) != root(head),
            estimatedSimilarity(Int(item), Int(head)) >= threshold
          else { continue }
          parent[Int(root(item))] = root(head)
        }
        start = end
      }
    }
    // Group the occurrences by their wording's root (a counting sort, each
    // group in input order).
    let roots = occurrenceDistinct.map { root($0) }
    var groupStarts = [Int32](repeating: 0, count: distinctCount + 1)
    for item in roots { groupStarts[Int(item) + 1] += 1 }
    for item in 0..<distinctCount { groupStarts[item + 1] += groupStarts[item] }
    var next = groupStarts
    var members = [Int32](repeating: 0, count: roots.count)
    for (occurrence, item) in roots.enumerated() {
      members[Int(next[Int(item)])] = Int32(occurrence)
      next[Int(item)] += 1
    }
    // The last group that counted each wording and each plan.
    var variantStamp = [Int32](repeating: -1, count: distinctCount)
    var planStamp = [Int32](repeating: -1, count: Int(occurrencePlan.max() ?? -1) + 1)
    var clusters: [(first: Int, plans: Int, cluster: DuplicateCluster)] = []
    for group in 0..<distinctCount {
      let occurrences = members[Int(groupStarts[group])..<Int(groupStarts[group + 1])]
      guard let first = occurrences.first, occurrences.count >= minimumPlans else { continue }
      var plans = 0
      var variants = 0
      for occurrence in occurrences {
        let plan = Int(occurrencePlan[Int(occurrence)])
        if planStamp[plan] != Int32(group) {
          planStamp[plan] = Int32(group)
          plans += 1
        }
        let distinct = Int(occurrenceDistinct[Int(occurrence)])
        if variantStamp[distinct] != Int32(group) {
          variantStamp[distinct] = Int32(group)
          variants += 1
        }
      }
      guard plans >= minimumPlans else { continue }
      clusters.append(
        (
          Int(first), plans,
          DuplicateCluster(
            sample: sample(Int(occurrenceDistinct[Int(first)])),
            occurrences: occurrences.map {
              DuplicateCluster.Occurrence(
                plan: Int(occurrencePlan[Int($0)]), outcome: Int(occurrenceOutcome[Int($0)]))
            },
            variants: variants)
        ))
    }
    return clusters.sorted { ($1.plans, $0.first) < ($0.plans, $1.first) }.map(\.cluster)
  }

  /// Keeps `sample` (at most ``sampleBytes`` bytes) for the next distinct wording.
  private mutating func addSample(_ sample: String) {
    let length = sample.utf8.count
    if sampleChunks.isEmpty
      || sampleChunks[sampleChunks.count - 1].count + length > Self.sampleChunkBytes
    {
      sampleChunks.append([])
      sampleChunks[sampleChunks.count - 1].reserveCapacity(Self.sampleChunkBytes)
    }
    let chunk = sampleChunks.count - 1
    sampleStarts.append(chunk * Self.sampleChunkBytes + sampleChunks[chunk].count)
    sampleLengths.append(UInt8(length))
    sampleChunks[chunk].append(contentsOf: sample.utf8)
  }

  /// The sample of distinct wording `item`.
  private func sample(_ item: Int) -> String {
    let start = sampleStarts[item]
    let offset = start % Self.sampleChunkBytes
    return String(
      decoding: sampleChunks[start / Self.sampleChunkBytes][
        offset..<(offset + Int(sampleLengths[item]))],
      as: UTF8.self)
  }

  /// The key of band `band` of the signature of wording `item` (see ``MinHashSignature/bandKey(_:)``).
  private func bandKey(of item: Int, band: Int) -> UInt64 {
    var key = UInt64(band) << 48
    let start = item * MinHashSignature.count + band * MinHashSignature.rows
    for row in 0..<MinHashSignature.rows {
      key ^= UInt64(signatures[start + row]) << (16 * UInt64(row))
    }
    return key
  }

  /// The estimated similarity of the signatures of wordings `left` and `right`
  /// (see ``MinHashSignature/estimatedSimilarity(to:)``).
  private func estimatedSimilarity(_ left: Int, _ right: Int) -> Double {
    var same = 0
    let leftStart = left * MinHashSignature.count
    let rightStart = right * MinHashSignature.count
    for offset in 0..<MinHashSignature.count
    where signatures[leftStart + offset] == signatures[rightStart + offset] {
      same += 1
    }
    return Double(same) / Double(MinHashSignature.count)
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
