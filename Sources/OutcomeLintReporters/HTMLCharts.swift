import OutcomeLint

/// The overview's charts as inline SVG: no script, image or font needed.
enum HTMLCharts {
  /// A bar chart of how many plans got each grade.
  static func grades(_ counts: [Grade: Int]) -> String {
    let width = 360
    let height = 180
    let maximum = max(1, Grade.allCases.map { counts[$0] ?? 0 }.max() ?? 1)
    var svg =
      "<svg class=\"chart\" role=\"img\" aria-label=\"Plan grade distribution\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
    let slot = width / Grade.allCases.count
    for (index, grade) in Grade.allCases.enumerated() {
      let count = counts[grade] ?? 0
      let barHeight = Int(Double(count) / Double(maximum) * Double(height - 50))
      let x = index * slot + 14
      let y = height - 30 - barHeight
      svg +=
        "<rect class=\"bar-\(grade.name)\" x=\"\(x)\" y=\"\(y)\" width=\"\(slot - 28)\" height=\"\(barHeight)\"><title>\(grade.name): \(count)</title></rect>"
      svg +=
        "<text x=\"\(x + (slot - 28) / 2)\" y=\"\(y - 4)\" text-anchor=\"middle\">\(count)</text>"
      svg +=
        "<text x=\"\(index * slot + slot / 2)\" y=\"\(height - 12)\" text-anchor=\"middle\" class=\"axis\">\(shortName(grade))</text>"
    }
    return svg + "</svg>"
  }

  /// Horizontal bars of the mean outcome score per dimension, with the pass mark.
  static func dimensions(_ summary: CorpusSummary) -> String {
    let rowHeight = 20
    let labelWidth = 90
    let barWidth = 240
    let height = Dimension.allCases.count * rowHeight + 10
    var svg =
      "<svg class=\"chart\" role=\"img\" aria-label=\"Mean outcome score by dimension\" viewBox=\"0 0 \(labelWidth + barWidth + 50) \(height)\" width=\"\(labelWidth + barWidth + 50)\" height=\"\(height)\">"
    for (index, dimension) in Dimension.allCases.enumerated() {
      let mean = summary.meanScore(dimension)
      let y = index * rowHeight + 4
      svg +=
        "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">\(dimension.rawValue)</text>"
      svg +=
        "<rect class=\"d-\(dimension.rawValue)\" x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(Int(mean / 100 * Double(barWidth)))\" height=\"\(rowHeight - 6)\"><title>\(dimension.rawValue): \(SummaryReport.fixed(mean, 1))</title></rect>"
      svg +=
        "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 13)\">\(SummaryReport.fixed(mean, 0))</text>"
    }
    let pass = labelWidth + Scorer.passMark * barWidth / 100
    svg +=
      "<line x1=\"\(pass)\" y1=\"0\" x2=\"\(pass)\" y2=\"\(height)\" class=\"passmark\"><title>pass mark \(Scorer.passMark)</title></line>"
    return svg + "</svg>"
  }

  private static func shortName(_ grade: Grade) -> String {
    grade == .requiresImprovement ? "requires impr." : grade.name
  }
}
