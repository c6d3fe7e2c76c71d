import Foundation

/// The words of the plan vocabulary (stop words, stemmed words, stems and the
/// words of thread-themes phrases), each with a small id, found either by
/// its lower-case spelling as a `String` or, for a word written in ASCII, by
/// its bytes without making a string.
///
/// A word's bytes are found under the canonical composition (NFC) of the
/// lexicon's spelling, which is how `String` compares, so looking up an
/// ASCII word by its bytes finds exactly what looking it up as a `String` does.
struct VocabularyWords: Sendable {
  /// Word ids by spelling.
  private var ids: [String: Int32] = [:]
  /// Open-addressed slots of the words whose composed spelling is ASCII:
  /// an id, or -1 for an empty slot.
  private var slots: [Int32] = []
  /// Each id's ASCII spelling as a range of `spellings` (empty when not ASCII).
  private var spellingStarts: [Int32] = []
  private var spellingEnds: [Int32] = []
  private var spellings: [UInt8] = []

  /// The number of words.
  var count: Int { spellingStarts.count }

  /// The id of `word`, adding it when new.
  mutating func add(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(count)
    ids[word] = id
    let composed = Array(word.precomposedStringWithCanonicalMapping.utf8)
    if composed.allSatisfy({ $0 < 0x80 }) {
      spellingStarts.append(Int32(spellings.count))
      spellings += composed
      spellingEnds.append(Int32(spellings.count))
    } else {
      spellingStarts.append(Int32(spellings.count))
      spellingEnds.append(Int32(spellings.count))
    }
    return id
  }

  /// Builds the byte index once every word is added.
  mutating func finish() {
    var capacity = 16
    while capacity < count * 2 { capacity *= 2 }
    slots = Array(repeating: -1, count: capacity)
    for id in 0..<count where spellingEnds[id] > spellingStarts[id] {
      let start = Int(spellingStarts[id])
      let end = Int(spellingEnds[id])
      let hash = spellings.withUnsafeBufferPointer {
        Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end]))
      }
      var slot = hash & (capacity - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Int32(id)
    }
  }

  /// The id of `word`, or -1.
  func id(of word: String) -> Int32 { ids[word] ?? -1 }

  /// The id of the word spelled by `bytes` (ASCII, lower case), or -1.
  func id(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let mask = slots.count - 1
    var slot = Self.hash(bytes) & mask
    return slots.withUnsafeBufferPointer { slots in
      spellings.withUnsafeBufferPointer { spellings in
        while true {
          let id = slots[slot]
          guard id >= 0 else { return -1 }
          let start = Int(spellingStarts[Int(id)])
          let end = Int(spellingEnds[Int(id)])
          if end - start == bytes.count
            && memcmp(spellings.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
          {
            return id
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// FNV-1a over `bytes`, folded to an `Int`.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
