/// A range of the original's tokens as clause pieces, one ``ClausePiece/token(_:)``
/// per token, made as they are read, with no closure call per piece.
struct TokenPieces: RandomAccessCollection {
  /// The tokens.
  let tokens: Range<Int>

  var startIndex: Int { tokens.lowerBound }
  var endIndex: Int { tokens.upperBound }

  subscript(position: Int) -> ClausePiece { .token(position) }
}
