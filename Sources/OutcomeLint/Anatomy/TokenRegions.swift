/// Marks which tokens belong to the timeframe, the purpose clause, or the
/// main clause, so finders can ask "is this in the main clause?".
struct TokenRegions {
  private(set) var isMain: [Bool]
  private(set) var isTimeframe: [Bool]
  private(set) var isPurpose: [Bool]

  init(document: Document) {
    isMain = Array(repeating: true, count: document.tokens.count)
    isTimeframe = Array(repeating: false, count: document.tokens.count)
    isPurpose = Array(repeating: false, count: document.tokens.count)
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
