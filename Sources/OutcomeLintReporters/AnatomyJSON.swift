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
      output.write("{\"kind\":\"")
      output.write(timeframe.kind.name)
      output.write("\",\"horizon_months\":")
      output.write(timeframe.horizonMonths.map { Self.formatted($0) } ?? "null")
      spanFields(timeframe.span, afterFields: true, &output)
    } else {
      output.write("null")
    }
    output.write(",\"subject\":{\"kind\":\"")
    output.write(anatomy.subject.kind.rawValue)
    output.write("\",\"text\":")
    if let span = anatomy.subject.span { text(span, &output) } else { output.write("null") }
    output.write("},\"action\":")
    if let action = anatomy.action {
      output.write("{\"observability\":\"")
      output.write(action.observability.rawValue)
      output.write("\"")
      spanFields(action.verb, afterFields: true, &output)
    } else {
      output.write("null")
    }
    list(",\"criteria\":[", anatomy.criteria.map { ($0.span, $0.kind.rawValue) }, &output)
    list(",\"context\":[", anatomy.context.map { ($0.span, nil) }, &output)
    output.write(",\"purpose\":")
    if let purpose = anatomy.purpose {
      part(purpose.span, nil, &output)
    } else {
      output.write("null")
    }
    list(",\"provision\":[", anatomy.provision.map { ($0.hit.span, $0.kind.rawValue) }, &output)
    list(",\"passive_support\":[", anatomy.passiveSupport.map { ($0.span, nil) }, &output)
    output.write("}")
  }

  /// Writes `opening` (the key and `[`), then each part with its kind, if any.
  private func list(_ opening: String, _ parts: [(TextSpan, String?)], _ output: inout OutputBuffer)
  {
    output.write(opening)
    for (index, (span, kind)) in parts.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      part(span, kind, &output)
    }
    output.write(byte: UInt8(ascii: "]"))
  }

  /// Writes `{"kind": …, "start", "end", "text"}`, without `kind` when it is nil.
  private func part(_ span: TextSpan, _ kind: String?, _ output: inout OutputBuffer) {
    output.write(byte: UInt8(ascii: "{"))
    if let kind {
      output.write("\"kind\":\"")
      output.write(kind)
      output.write("\"")
    }
    spanFields(span, afterFields: kind != nil, &output)
  }

  /// Writes `"start", "end", "text"` into an open object (after other
  /// fields when `afterFields`), then closes it.
  private func spanFields(_ span: TextSpan, afterFields: Bool, _ output: inout OutputBuffer) {
    if afterFields { output.write(byte: UInt8(ascii: ",")) }
    output.write("\"start\":")
    output.write(span.start)
    output.write(",\"end\":")
    output.write(span.end)
    output.write(",\"text\":")
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
