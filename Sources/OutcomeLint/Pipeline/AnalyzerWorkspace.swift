/// Everything a worker's ``Analyzer`` reuses from one outcome to the next:
/// the matcher, the token, sentence and match arrays, the finding collector
/// and the scratch the document and anatomy are built in. Held in one place
/// so that analysing an outcome takes a single exclusive access to it.
struct AnalyzerWorkspace: ~Copyable {
  var matcher = LexiconMatcher()
  var tokens: [Token] = []
  var sentenceEnds: [Int32] = []
  var matches = LexiconMatches()
  var collector = FindingCollector()
  var scratch = AnalysisScratch()
}
