import Foundation

/// Reads a JSON Lines record's `suppress` field: a list of
/// `{"rule": "…", "reason": "…"}` objects. A missing reason is allowed here
/// (the `invalid-suppression` rule reports it); anything else malformed makes
/// the record an error record.
enum SuppressionField {
  /// The field's name.
  static let name = "suppress"
  /// The keys an entry may have.
  static let keys = ["rule", "reason"]

  /// The suppressions in the field's raw JSON value.
  static func parse(_ json: ArraySlice<UInt8>) throws(SuppressionFieldError) -> [Suppression] {
    let value = try? JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed])
    guard let list = value as? [Any] else {
      throw SuppressionFieldError("must be a list of {\"rule\": …, \"reason\": …} objects")
    }
    var suppressions: [Suppression] = []
    for (index, item) in list.enumerated() {
      let position = "entry \(index + 1)"
      guard let entry = item as? [String: Any] else {
        throw SuppressionFieldError("\(position) is not an object")
      }
      if let unknown = entry.keys.sorted().first(where: { !keys.contains($0) }) {
        throw SuppressionFieldError(
          "\(position) has an unknown key '\(unknown)' (valid keys: \(keys.joined(separator: ", ")))"
        )
      }
      guard let rule = entry["rule"] as? String else {
        throw SuppressionFieldError("\(position) needs a \"rule\" string")
      }
      guard let reason = (entry["reason"] ?? "") as? String else {
        throw SuppressionFieldError("\(position): \"reason\" must be a string")
      }
      suppressions.append(
        Suppression(rule: rule, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
    return suppressions
  }
}

/// Why a `suppress` field could not be read.
struct SuppressionFieldError: Error {
  /// What is wrong with the field.
  let message: String

  init(_ message: String) { self.message = message }
}
