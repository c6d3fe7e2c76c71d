import OutcomeLint

/// Flags acronyms and medical or technical terms, offering plain English.
public struct JargonRule: Rule {
  /// Creates the rule.
  public init() {}

  public static let description = RuleDescription(
    id: "jargon",
    name: "Jargon or acronym",
    dimension: .clarity,
    severity: .warning,
    summary:
      "Write in clear language the person and family understand: no acronyms or medical terms.",
    guidance:
      "Nottingham My SEND Outcomes Framework (seed 004): outcomes should be 'Written in clear language, avoiding use of acronyms and medical terminology'; 'keep it simple - make sure it can be understood by a non-specialist'.",
    good: [
      Example(
        "By the end of Year 4, Finn will use his speech and language exercises to say 20 new words."
      ),
      Example(
        "By the end of Year 8, Alfie will add salt and pepper to his own food at lunch without help."
      ),
    ],
    poor: [
      Example("By the end of Year 4, Finn will use his ⟦SALT⟧ exercises to say 20 new words."),
      Example(
        "By the end of Year 2, Evie will use her ⟦proprioceptive⟧ activities before writing with her ⟦TA⟧."
      ),
    ]
  )

  public func check(_ outcome: AnalyzedOutcome, into findings: inout FindingCollector) {
    for hit in outcome.anatomy.jargon {
      findings.report(
        "Jargon: ", .quoted(hit.span), " may not be understood by the person or their family",
        about: outcome, at: hit.span, suggestion: "Write ",
        .alternatives(outcome.document.entry(hit)))
    }
  }
}
