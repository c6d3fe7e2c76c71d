/// Marks which tokens belong to the timeframe, the purpose clause, or the
/// main clause, so finders can ask "is this in the main clause?".
struct TokenRegions {
  private(set) var isMain: [Bool]
  private(set) var isTimeframe: [Bool]
  private(set) var isPurpose: [Bool]

  /// All tokens main, in arrays taken from a worker's `scratch` (see
  /// ``giveBack(to:)``).
  init(document: Document, scratch: inout AnalysisScratch) {
    let count = document.tokens.count
    isMain = [Bool].recycled(from: &scratch.isMain)
    isMain.append(contentsOf: repeatElement(true, count: count))
    isTimeframe = [Bool].recycled(from: &scratch.isTimeframe)
    isTimeframe.append(contentsOf: repeatElement(false, count: count))
    isPurpose = [Bool].recycled(from: &scratch.isPurpose)
    isPurpose.append(contentsOf: repeatElement(false, count: count))
  }

  /// Hands the arrays back to `scratch` for the next outcome, once marked.
  func giveBack(to scratch: inout AnalysisScratch) {
    scratch.isMain = isMain
    scratch.isTimeframe = isTimeframe
    scratch.isPurpose = isPurpose
  }

  mutating func markPurpose(_ purposes: [Purpose]) {
    for purpose in purposes {
      for index in purpose.tokens {
        isPurpose[index] = true
        isMain[index] = false
      }
    }
  }

  mutating func markTimeframes(_ timeframes: [Timeframe]) {
    for timeframe in timeframes {
      for index in timeframe.tokens {
        isTimeframe[index] = true
        isMain[index] = false
      }
    }
  }
}
