import ArgumentParser

/// How `check` writes its results.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  /// For a person at a terminal.
  case text
  /// One JSON object per input record.
  case jsonl
  /// One spreadsheet row per input record.
  case csv
}

/// When to colour terminal output.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
  /// When standard output is a terminal and NO_COLOR is unset.
  case auto
  case always
  case never
}

/// How `--summary` is written.
enum SummaryFormat: String, CaseIterable, ExpressibleByArgument {
  case text, json
}
