/// Bytes one buffer rendered, handed to another thread's buffer to write
/// out without being copied. Nothing writes to them once handed over.
public struct RenderedOutput: @unchecked Sendable {
  /// The memory holding them, no longer written to.
  let storage: OutputStorage
  /// How many bytes.
  public let count: Int
}
