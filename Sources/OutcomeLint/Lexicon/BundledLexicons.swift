/// The lexicon files built into the library from the package's `lexicons/`
/// folder by the EmbedLexicons plugin (see `files`, generated at build time).
public enum BundledLexicons {
  /// The locale folder the engine reads.
  public static let locale = "en-GB"

  /// The bundled files of ``locale``, as (path, contents), in path order.
  static var localeFiles: [(path: String, contents: String)] {
    files.filter { $0.path.hasPrefix(locale + "/") }
      .map { (path: "lexicons/" + $0.path, contents: $0.contents) }
  }
}
