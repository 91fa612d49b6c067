import SarapCore

/// A recursive-descent parser for the query grammar.
///
///
///     query   := and ("OR" and)*
///     and     := unary ("AND" unary)*
///     unary   := "NOT" unary | primary
///     primary := "(" query ")" | code-id
struct QueryParser {
  let tokens: [QueryToken]
  let codebook: Codebook
  private var position = 0

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
    position += 1
    return .not(try parseUnary())
  }

  private mutating func parsePrimary() throws(QueryError) -> Query {
    let token = current
    switch token.kind {
    case .open:
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
