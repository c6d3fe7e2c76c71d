import OutcomeLint

/// Writes an outcome's anatomy as a JSON object: each part with its kind,
/// byte span and text, or `null` when absent. Writes bytes straight into
/// the output buffer.
struct AnatomyJSON {
  let document: Document

  static func write(_ outcome: AnalyzedOutcome, to output: inout OutputBuffer) {
    AnatomyJSON(document: outcome.document).write(outcome.anatomy, to: &output)
  }

  private func write(_ anatomy: OutcomeAnatomy, to output: inout OutputBuffer) {
    output.write("{\"timeframe\":")
    if let timeframe = anatomy.timeframe {
      let horizon = timeframe.horizonMonths.map { Self.formatted($0) } ?? "null"
      part(
        timeframe.span, "\"kind\":\"\(timeframe.kind.name)\",\"horizon_months\":\(horizon),",
        &output)
    } else {
      output.write("null")
    }
    output.write(",\"subject\":{\"kind\":\"\(anatomy.subject.kind.rawValue)\",\"text\":")
    if let span = anatomy.subject.span { text(span, &output) } else { output.write("null") }
    output.write("},\"action\":")
    if let action = anatomy.action {
      part(action.verb, "\"observability\":\"\(action.observability.rawValue)\",", &output)
    } else {
      output.write("null")
    }
    list(
      "criteria", anatomy.criteria.map { ($0.span, "\"kind\":\"\($0.kind.rawValue)\",") }, &output)
    list("context", anatomy.context.map { ($0.span, "") }, &output)
    output.write(",\"purpose\":")
    if let purpose = anatomy.purpose {
      part(purpose.span, "", &output)
    } else {
      output.write("null")
    }
    list(
      "provision", anatomy.provision.map { ($0.hit.span, "\"kind\":\"\($0.kind.rawValue)\",") },
      &output)
    list("passive_support", anatomy.passiveSupport.map { ($0.span, "") }, &output)
    output.write("}")
  }

  private func list(_ name: String, _ parts: [(TextSpan, String)], _ output: inout OutputBuffer) {
    output.write(",\"\(name)\":[")
    for (index, (span, extra)) in parts.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      part(span, extra, &output)
    }
    output.write(byte: UInt8(ascii: "]"))
  }

  private func part(_ span: TextSpan, _ extra: String, _ output: inout OutputBuffer) {
    output.write("{\(extra)\"start\":\(span.start),\"end\":\(span.end),\"text\":")
    text(span, &output)
    output.write(byte: UInt8(ascii: "}"))
  }

  private func text(_ span: TextSpan, _ output: inout OutputBuffer) {
    document.bytes.withUnsafeBufferPointer {
      output.writeJSONString(utf8: UnsafeBufferPointer(rebasing: $0[span.start..<span.end]))
    }
  }

  private static func formatted(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
