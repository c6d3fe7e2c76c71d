/// Small helpers for the raw JSON values a plan keeps.
enum PlanJSON {
  /// A JSON string value's text, or the raw JSON itself for other values.
  static func plainText(_ json: String) -> String {
    JSONScanner.string(Array(json.utf8)[...]) ?? json
  }
}
