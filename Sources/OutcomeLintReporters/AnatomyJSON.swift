import OutcomeLint

/// Writes an outcome's anatomy as a JSON object: each part with its kind,
/// byte span and text, or `null` when absent. Writes bytes straight into
/// the output buffer, the texts escaped from the document's own bytes.
struct AnatomyJSON {
  let document: Document

  static func write(_ outcome: AnalyzedOutcome, to output: inout OutputBuffer) {
    AnatomyJSON(document: outcome.document).write(outcome.anatomy, to: &output)
  }

  private func write(_ anatomy: OutcomeAnatomy, to output: inout OutputBuffer) {
    output.write(literal: "{\"timeframe\":")
    if let timeframe = anatomy.timeframe {
      output.write(literal: "{\"kind\":\"")
      output.write(timeframe.kind.name)
      output.write(literal: "\",\"horizon_months\":")
      if let months = timeframe.horizonMonths {
        output.write(Self.formatted(months))
      } else {
        output.write(literal: "null")
      }
      spanFields(timeframe.span, afterFields: true, &output)
    } else {
      output.write(literal: "null")
    }
    output.write(literal: ",\"subject\":{\"kind\":\"")
    output.write(anatomy.subject.kind.rawValue)
    output.write(literal: "\",\"text\":")
    if let span = anatomy.subject.span {
      text(span, &output)
    } else {
      output.write(literal: "null")
    }
    output.write(literal: "},\"action\":")
    if let action = anatomy.action {
      output.write(literal: "{\"observability\":\"")
      output.write(action.observability.rawValue)
      output.write(byte: UInt8(ascii: "\""))
      spanFields(action.verb, afterFields: true, &output)
    } else {
      output.write(literal: "null")
    }
    list(",\"criteria\":[", anatomy.criteria, &output) { ($0.span, $0.kind.rawValue) }
    list(",\"context\":[", anatomy.context, &output) { ($0.span, nil) }
    output.write(literal: ",\"purpose\":")
    if let purpose = anatomy.purpose {
      part(purpose.span, nil, &output)
    } else {
      output.write(literal: "null")
    }
    list(",\"provision\":[", anatomy.provision, &output) { ($0.hit.span, $0.kind.rawValue) }
    list(",\"passive_support\":[", anatomy.passiveSupport, &output) { ($0.span, nil) }
    output.write(byte: UInt8(ascii: "}"))
  }

  /// Writes `opening` (the key and `[`), then each part with its span and
  /// kind, if any, as `spanAndKind` gives them.
  private func list<Part>(
    _ opening: StaticString, _ parts: [Part], _ output: inout OutputBuffer,
    _ spanAndKind: (Part) -> (TextSpan, String?)
  ) {
    output.write(literal: opening)
    for index in parts.indices {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      let (span, kind) = spanAndKind(parts[index])
      part(span, kind, &output)
    }
    output.write(byte: UInt8(ascii: "]"))
  }

  /// Writes `{"kind": …, "start", "end", "text"}`, without `kind` when it is nil.
  private func part(_ span: TextSpan, _ kind: String?, _ output: inout OutputBuffer) {
    output.write(byte: UInt8(ascii: "{"))
    if let kind {
      output.write(literal: "\"kind\":\"")
      output.write(kind)
      output.write(byte: UInt8(ascii: "\""))
    }
    spanFields(span, afterFields: kind != nil, &output)
  }

  /// Writes `"start", "end", "text"` into an open object (after other
  /// fields when `afterFields`), then closes it.
  private func spanFields(_ span: TextSpan, afterFields: Bool, _ output: inout OutputBuffer) {
    output.write(literal: afterFields ? ",\"start\":" : "\"start\":")
    output.write(span.start)
    output.write(literal: ",\"end\":")
    output.write(span.end)
    output.write(literal: ",\"text\":")
    text(span, &output)
    output.write(byte: UInt8(ascii: "}"))
  }

  private func text(_ span: TextSpan, _ output: inout OutputBuffer) {
    output.writeJSONString(utf8: document.bytes, span: span)
  }

  private static func formatted(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
