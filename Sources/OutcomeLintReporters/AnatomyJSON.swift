import OutcomeLint

/// Writes an outcome's anatomy as a JSON object: each part with its kind,
/// byte span and text, or `null` when absent. Each part's opening, from its
/// key to its start offset (`,"subject":{"kind":"named-child","text":`), is
/// copied whole from a table made once, by the part's kind; the texts are
/// escaped from the document's own bytes. The tables are made once per
/// program.
struct AnatomyJSON: Sendable {
  /// The opening of a timeframe (`{"timeframe":{"kind":"phase","horizon_months":`), by kind.
  private static let timeframeOpenings = ByteRuns(
    TimeframeKind.allCases.map {
      Array("{\"timeframe\":{\"kind\":\"\($0.name)\",\"horizon_months\":".utf8)
    })
  /// The opening of a subject, up to its text (`,"subject":{"kind":"pronoun","text":`), by kind.
  private static let subjectOpenings = ByteRuns(
    Self.subjectKinds.map { Array(",\"subject\":{\"kind\":\"\($0.rawValue)\",\"text\":".utf8) })
  /// The opening of an action, up to its start (`},"action":{"observability":"vague","start":`),
  /// after the subject's closing brace, by observability.
  private static let actionOpenings = ByteRuns(
    Self.observabilities.map {
      Array("},\"action\":{\"observability\":\"\($0.rawValue)\",\"start\":".utf8)
    })
  /// The opening of a criterion, up to its start (`{"kind":"quantity","start":`), by kind.
  private static let criterionOpenings = ByteRuns(
    Self.criterionKinds.map { Array("{\"kind\":\"\($0.rawValue)\",\"start\":".utf8) })
  /// The opening of a provision mention, up to its start, by kind.
  private static let provisionOpenings = ByteRuns(
    Self.provisionKinds.map { Array("{\"kind\":\"\($0.rawValue)\",\"start\":".utf8) })
  /// The longest opening of any part.
  private static let longestOpening =
    [
      timeframeOpenings, subjectOpenings, actionOpenings, criterionOpenings, provisionOpenings,
    ].map(\.longest).max() ?? 0

  /// Room for a part's fields and numbers besides its opening and text.
  private static let partRoom = 32 + 2 * ByteWriter.numberWidth
  /// Room for the object's keys, brackets and nulls, and the timeframe's horizon.
  private static let objectRoom = 320 + ByteWriter.numberWidth

  /// The most bytes ``write(_:text:to:)`` writes for `anatomy`: at most the
  /// whole text for each part.
  func room(_ anatomy: OutcomeAnatomy, text: DocumentJSONText) -> Int {
    var parts = 1 + anatomy.criteria.count + anatomy.context.count + anatomy.provision.count
    parts += anatomy.passiveSupport.count
    if anatomy.timeframe != nil { parts += 1 }
    if anatomy.action != nil { parts += 1 }
    if anatomy.purpose != nil { parts += 1 }
    return Self.objectRoom + parts * (Self.partRoom + Self.longestOpening + text.maximumQuotedCount)
  }

  /// Writes `anatomy`, whose texts are spans of `text`, in at most
  /// ``room(_:text:)`` bytes.
  func write(_ anatomy: OutcomeAnatomy, text: DocumentJSONText, to writer: inout ByteWriter) {
    if let timeframe = anatomy.timeframe {
      writer.write(bytes: Self.timeframeOpenings[Self.ordinal(timeframe.kind)])
      if let months = timeframe.horizonMonths {
        writer.write(Self.formatted(months))
      } else {
        writer.write(literal: "null")
      }
      writer.write(literal: ",\"start\":")
      Self.spanFields(timeframe.span, text, &writer)
    } else {
      writer.write(literal: "{\"timeframe\":null")
    }
    let subject = anatomy.subject
    writer.write(bytes: Self.subjectOpenings[Self.ordinal(subject.kind)])
    if let span = subject.span {
      text.write(span, to: &writer)
    } else {
      writer.write(literal: "null")
    }
    if let action = anatomy.action {
      writer.write(bytes: Self.actionOpenings[Self.ordinal(action.observability)])
      Self.spanFields(action.verb, text, &writer)
    } else {
      writer.write(literal: "},\"action\":null")
    }
    writer.write(literal: ",\"criteria\":[")
    for criterion in anatomy.criteria {
      writer.write(bytes: Self.criterionOpenings[Self.ordinal(criterion.kind)])
      Self.listedSpanFields(criterion.span, text, &writer)
    }
    Self.closeList(anatomy.criteria.isEmpty, &writer)
    writer.write(literal: ",\"context\":[")
    Self.listedHits(anatomy.context, text, &writer)
    if let purpose = anatomy.purpose {
      writer.write(literal: ",\"purpose\":{\"start\":")
      Self.spanFields(purpose.span, text, &writer)
    } else {
      writer.write(literal: ",\"purpose\":null")
    }
    writer.write(literal: ",\"provision\":[")
    for mention in anatomy.provision {
      writer.write(bytes: Self.provisionOpenings[Self.ordinal(mention.kind)])
      Self.listedSpanFields(mention.hit.span, text, &writer)
    }
    Self.closeList(anatomy.provision.isEmpty, &writer)
    writer.write(literal: ",\"passive_support\":[")
    Self.listedHits(anatomy.passiveSupport, text, &writer)
    writer.write(byte: UInt8(ascii: "}"))
  }

  /// Writes a part's start, `"end"` and `"text"`, then closes it.
  @inline(__always)
  private static func spanFields(
    _ span: TextSpan, _ text: DocumentJSONText, _ writer: inout ByteWriter
  ) {
    writer.write(span.start)
    writer.write(literal: ",\"end\":")
    writer.write(span.end)
    writer.write(literal: ",\"text\":")
    text.write(span, to: &writer)
    writer.write(byte: UInt8(ascii: "}"))
  }

  /// Writes a listed part's fields as ``spanFields(_:_:_:)`` does, then a
  /// comma, which ``closeList(_:_:)`` takes back after the last part.
  @inline(__always)
  private static func listedSpanFields(
    _ span: TextSpan, _ text: DocumentJSONText, _ writer: inout ByteWriter
  ) {
    spanFields(span, text, &writer)
    writer.write(byte: UInt8(ascii: ","))
  }

  /// Writes one of the anatomy's lists of hits as objects with their spans,
  /// after its opening bracket, and closes it.
  private static func listedHits(
    _ hits: HitRun<OutcomeAnatomy>, _ text: DocumentJSONText, _ writer: inout ByteWriter
  ) {
    for index in hits.indices {
      writer.write(literal: "{\"start\":")
      listedSpanFields(hits[index].span, text, &writer)
    }
    closeList(hits.isEmpty, &writer)
  }

  /// Closes a list whose parts each end with a comma: writes over the last
  /// comma, if there is one.
  @inline(__always)
  private static func closeList(_ isEmpty: Bool, _ writer: inout ByteWriter) {
    if !isEmpty { writer.moveBack(by: 1) }
    writer.write(byte: UInt8(ascii: "]"))
  }

  private static func formatted(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// Every timeframe kind, in table order.
  private static func ordinal(_ kind: TimeframeKind) -> Int {
    switch kind {
    case .keyStage: 0
    case .schoolYear: 1
    case .phase: 2
    case .course: 3
    case .date: 4
    case .age: 5
    case .relative: 6
    case .vague: 7
    }
  }

  /// Every subject kind, in table order.
  private static let subjectKinds: [Subject.Kind] = [
    .firstPerson, .namedChild, .pronoun, .genericChild, .service, .implicit, .none,
  ]

  /// `kind`'s position in ``subjectKinds``.
  private static func ordinal(_ kind: Subject.Kind) -> Int {
    switch kind {
    case .firstPerson: 0
    case .namedChild: 1
    case .pronoun: 2
    case .genericChild: 3
    case .service: 4
    case .implicit: 5
    case .none: 6
    }
  }

  /// Every observability, in table order.
  private static let observabilities: [Action.Observability] = [.observable, .vague, .unknown]

  /// `observability`'s position in ``observabilities``.
  private static func ordinal(_ observability: Action.Observability) -> Int {
    switch observability {
    case .observable: 0
    case .vague: 1
    case .unknown: 2
    }
  }

  /// Every criterion kind, in table order.
  private static let criterionKinds: [Criterion.Kind] = [
    .frequency, .proportion, .quantity, .duration, .independence, .accuracy,
  ]

  /// `kind`'s position in ``criterionKinds``.
  private static func ordinal(_ kind: Criterion.Kind) -> Int {
    switch kind {
    case .frequency: 0
    case .proportion: 1
    case .quantity: 2
    case .duration: 3
    case .independence: 4
    case .accuracy: 5
    }
  }

  /// Every provision kind, in table order.
  private static let provisionKinds: [ProvisionMention.Kind] = [
    .delivery, .service, .staffing, .session,
  ]

  /// `kind`'s position in ``provisionKinds``.
  private static func ordinal(_ kind: ProvisionMention.Kind) -> Int {
    switch kind {
    case .delivery: 0
    case .service: 1
    case .staffing: 2
    case .session: 3
    }
  }
}
