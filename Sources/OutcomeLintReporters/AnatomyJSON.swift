import OutcomeLint

/// Writes an outcome's anatomy as a JSON object: each part with its kind,
/// byte span and text, or `null` when absent. Writes bytes straight into
/// the output buffer, the texts escaped from the document's own bytes, each
/// part through one ``ByteWriter``.
struct AnatomyJSON {
  let text: DocumentJSONText

  /// Room for a part's keys, kind and numbers besides its kind's name and text.
  private static let partRoom = 96 + 2 * ByteWriter.numberWidth

  static func write(
    _ anatomy: OutcomeAnatomy, text: DocumentJSONText, to output: inout OutputBuffer
  ) {
    AnatomyJSON(text: text).write(anatomy, to: &output)
  }

  private func write(_ anatomy: OutcomeAnatomy, to output: inout OutputBuffer) {
    if let timeframe = anatomy.timeframe {
      let kind = timeframe.kind.name
      output.write(atMost: room(timeframe.span, kind) + 32) { writer in
        writer.write(literal: "{\"timeframe\":{\"kind\":\"")
        writer.write(kind)
        writer.write(literal: "\",\"horizon_months\":")
        if let months = timeframe.horizonMonths {
          writer.write(Self.formatted(months))
        } else {
          writer.write(literal: "null")
        }
        spanFields(timeframe.span, afterFields: true, &writer)
      }
    } else {
      output.write(literal: "{\"timeframe\":null")
    }
    let subject = anatomy.subject
    let subjectKind = subject.kind.rawValue
    output.write(atMost: room(subject.span ?? TextSpan(start: 0, end: 0), subjectKind)) { writer in
      writer.write(literal: ",\"subject\":{\"kind\":\"")
      writer.write(subjectKind)
      writer.write(literal: "\",\"text\":")
      if let span = subject.span {
        text.write(span, to: &writer)
      } else {
        writer.write(literal: "null")
      }
      writer.write(literal: "},\"action\":")
      if anatomy.action == nil { writer.write(literal: "null") }
    }
    if let action = anatomy.action {
      let observability = action.observability.rawValue
      output.write(atMost: room(action.verb, observability)) { writer in
        writer.write(literal: "{\"observability\":\"")
        writer.write(observability)
        writer.write(byte: UInt8(ascii: "\""))
        spanFields(action.verb, afterFields: true, &writer)
      }
    }
    list(",\"criteria\":[", anatomy.criteria, &output) { ($0.span, $0.kind.rawValue) }
    list(",\"context\":[", anatomy.context, &output) { ($0.span, nil) }
    if let purpose = anatomy.purpose {
      output.write(atMost: room(purpose.span, nil)) { writer in
        writer.write(literal: ",\"purpose\":")
        part(purpose.span, nil, &writer)
      }
    } else {
      output.write(literal: ",\"purpose\":null")
    }
    list(",\"provision\":[", anatomy.provision, &output) { ($0.hit.span, $0.kind.rawValue) }
    list(",\"passive_support\":[", anatomy.passiveSupport, &output) { ($0.span, nil) }
    output.write(byte: UInt8(ascii: "}"))
  }

  /// The most bytes a part with `span` and `kind` takes.
  private func room(_ span: TextSpan, _ kind: String?) -> Int {
    Self.partRoom + (kind?.utf8.count ?? 0) + text.maximumQuotedCount(span)
  }

  /// Writes `opening` (the key and `[`), then each part with its span and
  /// kind, if any, as `spanAndKind` gives them.
  private func list<Parts: RandomAccessCollection>(
    _ opening: StaticString, _ parts: Parts, _ output: inout OutputBuffer,
    _ spanAndKind: (Parts.Element) -> (TextSpan, String?)
  ) {
    output.write(literal: opening)
    for index in parts.indices {
      let (span, kind) = spanAndKind(parts[index])
      output.write(atMost: room(span, kind) + 1) { writer in
        if index != parts.startIndex { writer.write(byte: UInt8(ascii: ",")) }
        part(span, kind, &writer)
      }
    }
    output.write(byte: UInt8(ascii: "]"))
  }

  /// Writes `{"kind": …, "start", "end", "text"}`, without `kind` when it is nil.
  private func part(_ span: TextSpan, _ kind: String?, _ writer: inout ByteWriter) {
    writer.write(byte: UInt8(ascii: "{"))
    if let kind {
      writer.write(literal: "\"kind\":\"")
      writer.write(kind)
      writer.write(byte: UInt8(ascii: "\""))
    }
    spanFields(span, afterFields: kind != nil, &writer)
  }

  /// Writes `"start", "end", "text"` into an open object (after other
  /// fields when `afterFields`), then closes it.
  private func spanFields(_ span: TextSpan, afterFields: Bool, _ writer: inout ByteWriter) {
    writer.write(literal: afterFields ? ",\"start\":" : "\"start\":")
    writer.write(span.start)
    writer.write(literal: ",\"end\":")
    writer.write(span.end)
    writer.write(literal: ",\"text\":")
    text.write(span, to: &writer)
    writer.write(byte: UInt8(ascii: "}"))
  }

  private static func formatted(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
