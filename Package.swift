// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "outcomelint",
  products: [
    .library(name: "OutcomeLint", targets: ["OutcomeLint"]),
    .library(name: "OutcomeLintRules", targets: ["OutcomeLintRules"]),
    .library(name: "OutcomeLintReporters", targets: ["OutcomeLintReporters"]),
    .executable(name: "outcomelint", targets: ["outcomelint"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .target(
      name: "CICUBreak",
      linkerSettings: [.linkedLibrary("icuuc")]
    ),
    .target(name: "CProbe"),
    .target(
      name: "CInflate",
      linkerSettings: [.linkedLibrary("z")]
    ),
    .executableTarget(name: "LexiconEmbedder"),
    .plugin(
      name: "EmbedLexicons",
      capability: .buildTool(),
      dependencies: ["LexiconEmbedder"],
      path: "Sources/EmbedLexicons"
    ),
    .target(
      name: "OutcomeLint",
      dependencies: [
        "CICUBreak", "CInflate", "CProbe", .product(name: "CSV", package: "CSV.swift"),
        .product(name: "Yams", package: "Yams"),
      ],
      plugins: ["EmbedLexicons"]
    ),
    .target(name: "OutcomeLintRules", dependencies: ["OutcomeLint"]),
    .target(name: "OutcomeLintReporters", dependencies: ["OutcomeLint"]),
    .executableTarget(
      name: "outcomelint",
      dependencies: [
        "OutcomeLint", "OutcomeLintRules", "OutcomeLintReporters",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "OutcomeLintTestSupport",
      dependencies: [
        "OutcomeLint", "OutcomeLintRules",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Tests/OutcomeLintTestSupport"
    ),
    .executableTarget(
      name: "write-word-plans",
      dependencies: ["OutcomeLintTestSupport"],
      path: "Tests/WordPlanWriter"
    ),
    .testTarget(
      name: "OutcomeLintTests",
      dependencies: [
        "OutcomeLint", "OutcomeLintRules", "OutcomeLintTestSupport",
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    .testTarget(
      name: "OutcomeLintRulesTests",
      dependencies: ["OutcomeLint", "OutcomeLintRules", "OutcomeLintTestSupport"]
    ),
    .testTarget(
      name: "OutcomeLintReportersTests",
      dependencies: [
        "OutcomeLint", "OutcomeLintRules", "OutcomeLintReporters", "OutcomeLintTestSupport",
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "CLITests",
      dependencies: ["outcomelint", "OutcomeLintTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
