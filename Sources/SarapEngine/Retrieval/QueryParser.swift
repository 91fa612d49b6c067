import SarapCore

/// A recursive-descent parser for the query grammar.
///
///
///     query   := and ("OR" and)*
///     and     := unary ("AND" unary)*
///     unary   := "NOT" unary | primary
///     primary := "(" query ")" | code-id
///
/// Parentheses and `NOT`s nest at most ``deepestNesting`` deep and a query names at most
/// ``mostTerms`` codes, so neither the parser nor the walks over the parsed tree can exhaust the
/// stack whatever is typed or passed.
struct QueryParser {
  /// The deepest nesting of parentheses and `NOT`s.
  static let deepestNesting = 100
  /// The most code ids a query may name.
  static let mostTerms = 1_000

  let tokens: [QueryToken]
  let codebook: Codebook
  private var position = 0
  private var depth = 0
  private var terms = 0

  init(tokens: [QueryToken], codebook: Codebook) {
    self.tokens = tokens
    self.codebook = codebook
  }

  private var current: QueryToken { tokens[min(position, tokens.count - 1)] }

  /// Parses the whole token list; anything left over is an error.
  mutating func parseQuery() throws(QueryError) -> Query {
    if current.kind == .end { throw QueryError(column: current.column, message: "empty query") }
    let query = try parseOr()
    guard current.kind == .end else {
      throw QueryError(
        column: current.column, message: "expected AND, OR or the end, found \(describe(current))")
    }
    return query
  }

  private mutating func parseOr() throws(QueryError) -> Query {
    var query = try parseAnd()
    while current.kind == .or {
      position += 1
      query = .or(query, try parseAnd())
    }
    return query
  }

  private mutating func parseAnd() throws(QueryError) -> Query {
    var query = try parseUnary()
    while current.kind == .and {
      position += 1
      query = .and(query, try parseUnary())
    }
    return query
  }

  private mutating func parseUnary() throws(QueryError) -> Query {
    guard current.kind == .not else { return try parsePrimary() }
    try enter(current)
    position += 1
    defer { depth -= 1 }
    return .not(try parseUnary())
  }

  /// Counts one level of nesting at a token; too deep is an error there.
  private mutating func enter(_ token: QueryToken) throws(QueryError) {
    depth += 1
    guard depth <= Self.deepestNesting else {
      throw QueryError(
        column: token.column, message: "nesting deeper than \(Self.deepestNesting) levels")
    }
  }

  private mutating func parsePrimary() throws(QueryError) -> Query {
    let token = current
    switch token.kind {
    case .open:
      try enter(token)
      defer { depth -= 1 }
      position += 1
      let inner = try parseOr()
      guard current.kind == .close else {
        throw QueryError(
          column: current.column,
          message: "expected ')' to close '(' at column \(token.column), found \(describe(current))"
        )
      }
      position += 1
      return inner
    case .word(let word):
      let id = Code.ID(word)
      guard codebook.contains(id) else {
        throw QueryError(column: token.column, message: "no code or theme with id '\(word)'")
      }
      terms += 1
      guard terms <= Self.mostTerms else {
        throw QueryError(
          column: token.column, message: "more than \(Self.mostTerms) codes in one query")
      }
      position += 1
      return .code(id)
    default:
      throw QueryError(
        column: token.column, message: "expected a code id, '(' or NOT, found \(describe(token))")
    }
  }

  private func describe(_ token: QueryToken) -> String {
    switch token.kind {
    case .open: "'('"
    case .close: "')'"
    case .and: "AND"
    case .or: "OR"
    case .not: "NOT"
    case .word(let word): "'\(word)'"
    case .end: "the end of the query"
    }
  }
}
