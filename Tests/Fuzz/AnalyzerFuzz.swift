// libFuzzer target: the whole analyser (segmentation, lexicon matching,
// anatomy, rules, scoring) behind the text and JSON Lines record decoders, and
// the rewriter in each voice (and again on its own rewrite), on arbitrary
// bytes. libFuzzer provides `main`; built and run by Tests/Fuzz/run.sh.

import OutcomeLint
import OutcomeLintRules

/// The engine and one analyser, made once: libFuzzer calls back through a C
/// function pointer, which cannot capture them, and runs on one thread.
nonisolated(unsafe) var analyzer: Analyzer?

let decoders = [RecordDecoder(format: .text), RecordDecoder(format: .jsonl)]
let rewriters = [Rewriter(), Rewriter(person: .first), Rewriter(person: .third)]

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  do {
    let engine = AnalysisEngine(lexicons: try Lexicons.load(), rules: BuiltInRules.ruleSet)
    analyzer = try Analyzer(engine: engine)
  } catch {
    fatalError("cannot start: \(error)")
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let analyzer else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for decoder in decoders {
    let record = decoder.decode(bytes, line: 1, source: "fuzz")
    guard case .analyzed(_, let report) = analyzer.analyze(record) else { continue }
    for finding in report.findings {
      precondition(finding.span.start <= finding.span.end)
      precondition(finding.span.end <= report.outcome.document.bytes.count)
    }
    for rewriter in rewriters {
      guard let rewrite = rewriter.rewrite(report) else { continue }
      if let again = try? analyzer.analyze(rewrite.text) { _ = rewriter.rewrite(again) }
    }
  }
  return 0
}
