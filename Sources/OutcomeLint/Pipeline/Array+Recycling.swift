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

  /// Moves the array out of `array` (leaving it empty) as `count` copies of
  /// `value`, in its storage, for an array an outcome fills whole. Only the
  /// difference from the last outcome's count is added or removed, and the
  /// elements are then set at once, rather than all removed and appended
  /// one by one.
  static func recycled(from array: inout [Element], count: Int, repeating value: Element)
    -> [Element]
  {
    var taken = recycled(from: &array, count: count, growingWith: value)
    taken.withUnsafeMutableBufferPointer { $0.update(repeating: value) }
    return taken
  }

  /// Moves the array out of `array` (leaving it empty) as `count` elements,
  /// in its storage, for an array whose every element the caller is about to
  /// write: the elements kept from the last outcome are left as they are, and
  /// only those added beyond its count are `filler`.
  static func recycled(from array: inout [Element], count: Int, growingWith filler: Element)
    -> [Element]
  {
    var taken: [Element] = []
    swap(&taken, &array)
    if taken.count > count {
      taken.removeLast(taken.count - count)
    } else if taken.count < count {
      taken.append(contentsOf: repeatElement(filler, count: count - taken.count))
    }
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
