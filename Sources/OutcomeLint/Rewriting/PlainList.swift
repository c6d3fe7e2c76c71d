/// A list of plain values (no references) in one allocation its owner keeps:
/// emptied by forgetting its count, so a list refilled for every rewrite
/// neither allocates nor frees, nor destroys its elements one by one.
struct PlainList<Element>: ~Copyable {
  private var start: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// How many elements it holds.
  private(set) var count = 0

  /// An empty list with room for `capacity` elements before it grows.
  init(capacity: Int) {
    precondition(_isPOD(Element.self), "a plain list holds plain values only")
    self.capacity = max(capacity, 1)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// The positions of its elements.
  var indices: Range<Int> { 0..<count }

  /// The element at `position`.
  subscript(position: Int) -> Element {
    get {
      precondition(position >= 0 && position < count, "position outside the list")
      return start[position]
    }
    nonmutating set {
      precondition(position >= 0 && position < count, "position outside the list")
      start[position] = newValue
    }
  }

  /// Appends `element`.
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (start + count).initialize(to: element)
    count += 1
  }

  /// Takes out every element, keeping the allocation.
  mutating func removeAll() {
    count = 0
  }

  /// Whether some element satisfies `test`.
  func contains(where test: (Element) -> Bool) -> Bool {
    for position in 0..<count where test(start[position]) { return true }
    return false
  }

  /// The elements transformed by `transform`, in order.
  func map<Result>(_ transform: (Element) -> Result) -> [Result] {
    (0..<count).map { transform(start[$0]) }
  }

  /// Moves to an allocation twice as large.
  @inline(never)
  private mutating func grow() {
    let grown = capacity * 2
    let moved = UnsafeMutablePointer<Element>.allocate(capacity: grown)
    moved.initialize(from: start, count: count)
    start.deallocate()
    start = moved
    capacity = grown
  }
}
