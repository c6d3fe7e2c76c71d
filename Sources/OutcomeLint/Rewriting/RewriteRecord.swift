/// What a rewrite writes: every text (the rewrite, what moved to Section F,
/// the outcomes split off, the changes) as UTF-8 in one buffer, read in
/// place by writers and made into strings only when asked, with where each
/// text and change is. Kept by its draft, which fills it.
struct RewriteRecord: ~Copyable {
  /// Why a change was made.
  enum Reason {
    /// Guidance fixed when the program is built.
    case fixed(StaticString)
    /// Guidance written in ``RewriteRecord/bytes``.
    case written(Range<Int>)
  }

  /// One change: what it answers and where its text is.
  struct Change {
    /// The dimension the change improves.
    let dimension: Dimension
    /// The stamp of the rule whose finding it answers, if any, held
    /// unretained: stamps are never freed.
    let rule: Unmanaged<RuleStamp>?
    /// Why it was made.
    let reason: Reason
    /// Its text's bytes.
    let text: Range<Int>
  }

  /// Every text written.
  var bytes: TextBuffer
  /// The rewrite's text.
  var text = 0..<0
  /// Each text moved to Section F.
  var moved = PlainList<Range<Int>>(capacity: 4)
  /// Each outcome split off.
  var separate = PlainList<Range<Int>>(capacity: 4)
  /// What changed, and why.
  var changes = PlainList<Change>(capacity: 8)

  /// An empty record with room for `capacity` bytes before its buffer grows.
  init(capacity: Int) {
    bytes = TextBuffer(capacity: capacity)
  }

  /// Empties the record, with room for at least `capacity` bytes, keeping
  /// the lists' capacity.
  mutating func reset(capacity: Int) {
    bytes.reset(capacity: capacity)
    text = 0..<0
    moved.removeAll()
    separate.removeAll()
    changes.removeAll()
  }
}
