import SarapCore

/// One word or parenthesis of a query, with the 1-based column it starts at.
struct QueryToken: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case open
    case close
    case and
    case or
    case not
    case word(String)
    case end
  }

  var kind: Kind
  var column: Int
}

/// Splits a query into tokens: parentheses, keywords and code ids (runs of anything else that is
/// not white space).
enum QueryLexer {
  static func tokens(of text: String) -> [QueryToken] {
    let characters = Array(text)
    var tokens: [QueryToken] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character.isWhitespace {
        index += 1
      } else if character == "(" || character == ")" {
        tokens.append(QueryToken(kind: character == "(" ? .open : .close, column: index + 1))
        index += 1
      } else {
        let start = index
        while index < characters.count, !characters[index].isWhitespace,
          characters[index] != "(", characters[index] != ")"
        {
          index += 1
        }
        let word = String(characters[start..<index])
        tokens.append(QueryToken(kind: keyword(word) ?? .word(word), column: start + 1))
      }
    }
    tokens.append(QueryToken(kind: .end, column: characters.count + 1))
    return tokens
  }

  private static func keyword(_ word: String) -> QueryToken.Kind? {
    switch word.uppercased() {
    case "AND": .and
    case "OR": .or
    case "NOT": .not
    default: nil
    }
  }
}
