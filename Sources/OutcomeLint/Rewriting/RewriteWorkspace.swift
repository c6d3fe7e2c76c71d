/// What a worker reuses from one rewrite to the next (see
/// ``Rewriter/rewrite(_:reusing:)``): the storage of its last rewrite, taken
/// again once that rewrite is gone. Create one per worker thread.
public struct RewriteWorkspace {
  private var storage: RewriteStorage?

  /// An empty workspace.
  public init() {}

  /// Storage for the next rewrite: the last rewrite's once nothing else
  /// holds it, otherwise new storage.
  mutating func nextStorage() -> RewriteStorage {
    if storage != nil, isKnownUniquelyReferenced(&storage!) { return storage! }
    let made = RewriteStorage()
    storage = made
    return made
  }
}
