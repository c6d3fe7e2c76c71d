import OutcomeLint

/// Writes an outcome's anatomy as a JSON object: each part with its kind,
/// byte span and text, or `null` when absent. Measures the room the whole
/// object may take, then writes it through one ``ByteWriter`` straight into
/// the output buffer, the texts escaped from the document's own bytes.
struct AnatomyJSON {
  let text: DocumentJSONText

  /// Room for a part's keys, punctuation and numbers besides its kind's name and text.
  private static let partRoom = 96 + 2 * ByteWriter.numberWidth
  /// Room for the object's keys, brackets and nulls, and the timeframe's horizon.
  private static let objectRoom = 320 + ByteWriter.numberWidth

  static func write(
    _ anatomy: OutcomeAnatomy, text: DocumentJSONText, to output: inout OutputBuffer
  ) {
    let json = AnatomyJSON(text: text)
    output.write(atMost: json.room(anatomy)) { json.write(anatomy, &$0) }
  }

  /// The most bytes ``write(_:_:)`` writes for `anatomy`.
  private func room(_ anatomy: OutcomeAnatomy) -> Int {
    var room = Self.objectRoom
    if let timeframe = anatomy.timeframe { room += self.room(timeframe.span, timeframe.kind.name) }
    let subject = anatomy.subject
    if let span = subject.span { room += text.maximumQuotedCount(span) }
    room += Self.partRoom + subject.kind.rawValue.utf8.count
    if let action = anatomy.action {
      room += self.room(action.verb, action.observability.rawValue)
    }
    room += self.room(of: anatomy.criteria) { ($0.span, $0.kind.rawValue) }
    room += self.room(of: anatomy.context) { ($0.span, nil) }
    if let purpose = anatomy.purpose { room += self.room(purpose.span, nil) }
    room += self.room(of: anatomy.provision) { ($0.hit.span, $0.kind.rawValue) }
    room += self.room(of: anatomy.passiveSupport) { ($0.span, nil) }
    return room
  }

  /// The most bytes `parts` take, each with the span and kind `spanAndKind` gives.
  @inline(__always)
  private func room<Parts: RandomAccessCollection>(
    of parts: Parts, _ spanAndKind: (Parts.Element) -> (TextSpan, String?)
  ) -> Int {
    var room = 0
    for index in parts.indices {
      let (span, kind) = spanAndKind(parts[index])
      room += self.room(span, kind) + 1
    }
    return room
  }

  /// The most bytes a part with `span` and `kind` takes.
  @inline(__always)
  private func room(_ span: TextSpan, _ kind: String?) -> Int {
    Self.partRoom + (kind?.utf8.count ?? 0) + text.maximumQuotedCount(span)
  }

  private func write(_ anatomy: OutcomeAnatomy, _ writer: inout ByteWriter) {
    if let timeframe = anatomy.timeframe {
      writer.write(literal: "{\"timeframe\":{\"kind\":\"")
      writer.write(timeframe.kind.name)
      writer.write(literal: "\",\"horizon_months\":")
      if let months = timeframe.horizonMonths {
        writer.write(Self.formatted(months))
      } else {
        writer.write(literal: "null")
      }
      spanFields(timeframe.span, afterFields: true, &writer)
    } else {
      writer.write(literal: "{\"timeframe\":null")
    }
    let subject = anatomy.subject
    writer.write(literal: ",\"subject\":{\"kind\":\"")
    writer.write(subject.kind.rawValue)
    writer.write(literal: "\",\"text\":")
    if let span = subject.span {
      text.write(span, to: &writer)
    } else {
      writer.write(literal: "null")
    }
    writer.write(literal: "},\"action\":")
    if let action = anatomy.action {
      writer.write(literal: "{\"observability\":\"")
      writer.write(action.observability.rawValue)
      writer.write(byte: UInt8(ascii: "\""))
      spanFields(action.verb, afterFields: true, &writer)
    } else {
      writer.write(literal: "null")
    }
    list(",\"criteria\":[", anatomy.criteria, &writer) { ($0.span, $0.kind.rawValue) }
    list(",\"context\":[", anatomy.context, &writer) { ($0.span, nil) }
    if let purpose = anatomy.purpose {
      writer.write(literal: ",\"purpose\":")
      part(purpose.span, nil, &writer)
    } else {
      writer.write(literal: ",\"purpose\":null")
    }
    list(",\"provision\":[", anatomy.provision, &writer) { ($0.hit.span, $0.kind.rawValue) }
    list(",\"passive_support\":[", anatomy.passiveSupport, &writer) { ($0.span, nil) }
    writer.write(byte: UInt8(ascii: "}"))
  }

  /// Writes `opening` (the key and `[`), then each part with its span and
  /// kind, if any, as `spanAndKind` gives them.
  @inline(__always)
  private func list<Parts: RandomAccessCollection>(
    _ opening: StaticString, _ parts: Parts, _ writer: inout ByteWriter,
    _ spanAndKind: (Parts.Element) -> (TextSpan, String?)
  ) {
    writer.write(literal: opening)
    for index in parts.indices {
      let (span, kind) = spanAndKind(parts[index])
      if index != parts.startIndex { writer.write(byte: UInt8(ascii: ",")) }
      part(span, kind, &writer)
    }
    writer.write(byte: UInt8(ascii: "]"))
  }

  /// Writes `{"kind": …, "start", "end", "text"}`, without `kind` when it is nil.
  @inline(__always)
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
  @inline(__always)
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
