import Synchronization

/// What every finding of one rule shares: its id, dimension, the severity it
/// reports with (the rule's own unless a configuration overrides it) and its
/// guidance. Worked out once per engine and shared by all the rule's
/// findings, so the analyser does not copy a rule's description for every
/// outcome; the id and guidance are also quoted as JSON strings once, so
/// reporters copy them rather than escape them for every finding.
///
/// Stamps live as long as the program: each distinct stamp is made once
/// (see ``stamp(id:dimension:severity:guidance:)``) and never freed, so
/// findings hold theirs without counting references, however often they are
/// copied. There are few: one per rule and severity a configuration gives it.
/// Sendable though it holds pointers: what they point to is never changed.
public final class RuleStamp: @unchecked Sendable {
  /// The rule's id.
  public let id: String
  /// The dimension its findings count against.
  public let dimension: Dimension
  /// The severity its findings report with.
  public let severity: Severity
  /// The guidance it traces to.
  public let guidance: String
  /// ``id`` as a quoted JSON string, in UTF-8 (never freed, as the stamp is not).
  public let quotedID: UnsafeBufferPointer<UInt8>
  /// ``guidance`` as a quoted JSON string, in UTF-8 (never freed, as the stamp is not).
  public let quotedGuidance: UnsafeBufferPointer<UInt8>
  /// The opening of a finding's JSON object up to its message, all of it
  /// fixed by the stamp (`{"rule":"id","dimension":"clarity","severity":"error","message":`),
  /// so a JSON reporter copies it in one run (never freed, as the stamp is not).
  public let findingJSONOpening: UnsafeBufferPointer<UInt8>
  /// The guidance entry that ends a finding's JSON object before any field
  /// of the reporter's own (`,"guidance":"…"`), in one run as
  /// ``findingJSONOpening`` is.
  public let findingJSONGuidance: UnsafeBufferPointer<UInt8>
  /// A small number of the rule's own, shared by every stamp of the same
  /// rule id and by no other: the order in which rule ids were first stamped.
  let ruleSerial: Int

  /// What tells stamps apart.
  private struct Key: Hashable {
    let id: String
    let dimension: Dimension
    let severity: Severity
    let guidance: String
  }

  /// Every stamp made, by what it holds, and each rule id's serial; kept
  /// for the life of the program.
  private struct Registry {
    var stamps: [Key: RuleStamp] = [:]
    var ruleSerials: [String: Int] = [:]
  }

  /// The stamps made so far.
  private static let made = Mutex(Registry())

  private init(_ key: Key, ruleSerial: Int) {
    self.ruleSerial = ruleSerial
    id = key.id
    dimension = key.dimension
    severity = key.severity
    guidance = key.guidance
    quotedID = Self.permanentBytes(JSONQuoting.quoted(key.id))
    quotedGuidance = Self.permanentBytes(JSONQuoting.quoted(key.guidance))
    findingJSONOpening = Self.permanentBytes(
      "{\"rule\":\(JSONQuoting.quoted(key.id)),\"dimension\":\"\(key.dimension.rawValue)\","
        + "\"severity\":\"\(key.severity.rawValue)\",\"message\":")
    findingJSONGuidance = Self.permanentBytes(
      ",\"guidance\":\(JSONQuoting.quoted(key.guidance))")
  }

  /// The stamp for findings of rule `id`: the one made before for the same
  /// id, dimension, severity and guidance, or a new one.
  static func stamp(id: String, dimension: Dimension, severity: Severity, guidance: String)
    -> RuleStamp
  {
    let key = Key(id: id, dimension: dimension, severity: severity, guidance: guidance)
    return made.withLock { made in
      if let stamp = made.stamps[key] { return stamp }
      let serial = made.ruleSerials[id] ?? made.ruleSerials.count
      made.ruleSerials[id] = serial
      let stamp = RuleStamp(key, ruleSerial: serial)
      made.stamps[key] = stamp
      return stamp
    }
  }

  /// The stamp of the rule `description` describes, reporting with `severity`.
  static func stamp(_ description: RuleDescription, severity: Severity) -> RuleStamp {
    stamp(
      id: description.id, dimension: description.dimension, severity: severity,
      guidance: description.guidance)
  }

  /// `text`'s UTF-8 bytes in memory that is never freed.
  private static func permanentBytes(_ text: String) -> UnsafeBufferPointer<UInt8> {
    let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
    _ = bytes.initialize(from: text.utf8)
    return UnsafeBufferPointer(bytes)
  }
}
