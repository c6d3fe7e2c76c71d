/// Refilling an array a worker keeps from one outcome to the next (see
/// ``AnalysisScratch``): the storage is taken out, emptied, filled and given
/// back, and the result shares it.
extension Array {
  /// Moves the array out of `array` (leaving it empty), emptied but keeping
  /// its storage, to be refilled and given back.
  static func recycled(from array: inout [Element]) -> [Element] {
    var taken: [Element] = []
    swap(&taken, &array)
    if !taken.isEmpty { taken.removeAll(keepingCapacity: true) }
    return taken
  }

  /// Fills the storage recycled from `storage` with `fill`, gives it back
  /// and returns it (sharing the storage).
  static func refilling(_ storage: inout [Element], _ fill: (inout [Element]) -> Void)
    -> [Element]
  {
    var array = recycled(from: &storage)
    fill(&array)
    storage = array
    return array
  }
}
