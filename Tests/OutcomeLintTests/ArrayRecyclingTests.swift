import Testing

@testable import OutcomeLint

/// Refilling the arrays a worker keeps from one outcome to the next.
@Suite struct ArrayRecyclingTests {
  @Test func recycledToACountHoldsThatManyCopiesWhateverItHeldBefore() {
    for (held, wanted) in [(0, 3), (5, 2), (4, 4), (2, 7), (6, 0)] {
      var storage = Array(repeating: 9, count: held)
      let refilled = [Int].recycled(from: &storage, count: wanted, repeating: 1)
      #expect(refilled == Array(repeating: 1, count: wanted), "held \(held), wanted \(wanted)")
      #expect(storage.isEmpty)
    }
  }

  @Test func recycledKeepsTheStorageOnceNothingElseHoldsIt() {
    var storage = [UInt8](repeating: 0, count: 64)
    var refilled = [UInt8].recycled(from: &storage, count: 10, repeating: 1)
    let capacity = refilled.capacity
    storage = refilled
    refilled = []
    let again = [UInt8].recycled(from: &storage, count: 40, repeating: 2)
    #expect(again.capacity == capacity)
    #expect(again == Array(repeating: 2, count: 40))
  }
}
