import SarapCore

/// A retrieval query: codes or themes combined with AND, OR and NOT.
///
/// Written as text: code ids (a theme's id stands for the theme and every code beneath it, and any
/// code's id for the code and its subcodes), the keywords `AND`, `OR`, `NOT` (any letter case) and
/// parentheses. `NOT` binds tightest, then `AND`, then `OR`:
/// `russia AND NOT (china OR west)`. See ``CodedCorpus/retrieve(_:where:)`` for what a query
/// retrieves.
public indirect enum Query: Hashable, Sendable {
  /// The segments touching a code or any code beneath it.
  case code(Code.ID)
  /// The segments not touching the query's codes.
  case not(Query)
  /// The segments touching both sides (overlap: the two codes share text).
  case and(Query, Query)
  /// The segments touching either side.
  case or(Query, Query)

  /// Parses a query, checking that every code it names exists.
  ///
  /// - Throws: ``QueryError`` with the 1-based column (in characters) of the problem.
  public static func parse(_ text: String, in codebook: Codebook) throws(QueryError) -> Query {
    var parser = QueryParser(tokens: QueryLexer.tokens(of: text), codebook: codebook)
    return try parser.parseQuery()
  }

  /// Every code the query names, with whether it appears un-negated (under an even number of
  /// NOTs), in order of appearance.
  var terms: [(code: Code.ID, positive: Bool)] {
    switch self {
    case .code(let id): [(id, true)]
    case .not(let inner): inner.terms.map { ($0.code, !$0.positive) }
    case .and(let lhs, let rhs), .or(let lhs, let rhs): lhs.terms + rhs.terms
    }
  }

  /// Evaluates the query, reading each code as "the segment touches it".
  func isSatisfied(touching: (Code.ID) -> Bool) -> Bool {
    switch self {
    case .code(let id): touching(id)
    case .not(let inner): !inner.isSatisfied(touching: touching)
    case .and(let lhs, let rhs):
      lhs.isSatisfied(touching: touching) && rhs.isSatisfied(touching: touching)
    case .or(let lhs, let rhs):
      lhs.isSatisfied(touching: touching) || rhs.isSatisfied(touching: touching)
    }
  }
}

/// Why a query could not be read: the column (1-based, in characters) and what is wrong there.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The 1-based column, in characters, where the problem is.
  public let column: Int
  /// What is wrong.
  public let message: String

  /// Creates an error.
  public init(column: Int, message: String) {
    self.column = column
    self.message = message
  }

  public var description: String { "query:\(column): \(message)" }
}
