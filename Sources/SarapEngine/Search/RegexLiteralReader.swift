/// Reads the top level of a regular expression's source into its literal runs (see
/// ``RegexLiteral``).
struct RegexLiteralReader {
  /// One run of literal scalars that every match contains, in order.
  struct Run {
    var scalars: [Unicode.Scalar] = []
    /// Whether the run starts at the expression's first token.
    var isPrefix = false
  }

  private let source: [Unicode.Scalar]
  private var position = 0
  /// Whether the expression opens with `\b` (after its options): a match starting with the
  /// first run then starts at a word boundary.
  private(set) var startsAtWordBoundary = false
  /// Whether the expression has a lookbehind, which may look before where a match starts.
  let looksBehind: Bool

  init(_ source: [Unicode.Scalar]) {
    self.source = source
    looksBehind = ["(?<=", "(?<!"].contains { source.firstRange(of: $0.unicodeScalars) != nil }
  }

  /// The leading option groups (`(?i)`, `(?im)`…): whether they turn case folding on, or nil
  /// when they set an option that changes how a literal matches (`x`, semantics).
  mutating func readLeadingOptions() -> Bool? {
    var ignoresCase = false
    while starts(with: "(?") {
      var index = position + 2
      var turningOn = true
      while index < source.count, source[index] != ")" {
        let flag = source[index]
        if flag == "-" {
          turningOn = false
        } else if "imnsJUwDSWP".unicodeScalars.contains(flag) {
          if flag == "i" { ignoresCase = turningOn }
        } else {
          // A group such as `(?:…)` or `(?<name>…)`, or an option this reading does not trust.
          return index == position + 2 && !"imnsJUwDSWPxXub^-".unicodeScalars.contains(flag)
            ? ignoresCase : nil
        }
        index += 1
      }
      guard index < source.count else { return nil }
      position = index + 1
    }
    return ignoresCase
  }

  /// The literal runs of the rest of the source; nil when it has no usable literal at all.
  mutating func readRuns(ignoresCase: Bool) -> [Run]? {
    var runs: [Run] = []
    var current = Run()
    var atStart = true
    func endRun() {
      if !current.scalars.isEmpty { runs.append(current) }
      current = Run()
    }
    while position < source.count {
      let token = source[position]
      position += 1
      if atStart, readLeadingWordBoundary(after: token) { continue }
      let wasAtStart = atStart
      atStart = false
      guard let literal = readToken(token) else {
        // What follows a token that cannot be read may still alternate with what came before.
        if stopped { return source[position...].contains("|") ? nil : runs + [current] }
        if alternates { return nil }
        endRun()
        continue
      }
      let quantifier = readQuantifier()
      if quantifier == .invalid {
        stopped = true
        return source[position...].contains("|") ? nil : runs + [current]
      }
      if ignoresCase && !CaseKey.isKeyed(literal) || quantifier == .optional {
        endRun()
        continue
      }
      if current.scalars.isEmpty { current.isPrefix = wasAtStart }
      current.scalars.append(literal)
      if quantifier == .repeated { endRun() }
    }
    endRun()
    return runs
  }

  private var stopped = false
  private var alternates = false

  /// Whether the token just read opens a word boundary escape with no quantifier, now read.
  ///
  /// A boundary takes no text, so the run after it still starts every match; for any other token
  /// nothing is read.
  private mutating func readLeadingWordBoundary(after token: Unicode.Scalar) -> Bool {
    guard token == "\\", position < source.count, source[position] == "b" else { return false }
    let escape = position
    position += 1
    guard readQuantifier() == .once else {
      position = escape
      return false
    }
    startsAtWordBoundary = true
    return true
  }

  /// The literal scalar a token stands for, or nil for any other token (which it skips, with its
  /// quantifier); sets `stopped` for a token after which nothing can be trusted, `alternates` for
  /// a top-level `|`.
  private mutating func readToken(_ token: Unicode.Scalar) -> Unicode.Scalar? {
    switch token {
    case "|":
      alternates = true
    case "(":
      if isOptionSetting || !skipGroup() { stopped = true } else { skipQuantifier() }
    case "[":
      if skipClass() { skipQuantifier() } else { stopped = true }
    case ".", "^", "$":
      skipQuantifier()
    case ")", "*", "+", "?", "{":
      stopped = true
    case "\\":
      return readEscape()
    default:
      return token
    }
    return nil
  }

  /// After a backslash: an escaped punctuation mark or non-ASCII scalar is literal; a class or
  /// boundary escape is skipped; anything else (a back-reference, `\Q`, `\G`, `\x`…) stops.
  private mutating func readEscape() -> Unicode.Scalar? {
    guard position < source.count else {
      stopped = true
      return nil
    }
    let escaped = source[position]
    position += 1
    guard escaped.isASCII, escaped.properties.isAlphabetic || ("0"..."9").contains(escaped)
    else { return escaped }
    if "dDwWsShHvVRXbB".unicodeScalars.contains(escaped) {
      skipQuantifier()
    } else if (escaped == "p" || escaped == "P") && starts(with: "{"),
      let close = source[position...].firstIndex(of: "}")
    {
      position = close + 1
      skipQuantifier()
    } else {
      stopped = true
    }
    return nil
  }
}

extension RegexLiteralReader {
  /// How often a quantifier lets the token before it repeat.
  fileprivate enum Quantifier {
    /// No quantifier: once.
    case once
    /// `?`, `*`, `{0,…}`: possibly not at all.
    case optional
    /// `+`, `{n,…}` with n at least 1: at least once.
    case repeated
    /// Something this reading does not understand.
    case invalid
  }

  fileprivate func starts(with text: String) -> Bool {
    source[position...].starts(with: text.unicodeScalars)
  }

  /// Whether the group just opened sets options for the rest of its level, as `(?i)` does.
  fileprivate var isOptionSetting: Bool {
    guard starts(with: "?") else { return false }
    var index = position + 1
    while index < source.count, source[index].properties.isAlphabetic || source[index] == "-" {
      index += 1
    }
    return index > position + 1 && index < source.count && source[index] == ")"
  }

  /// Skips a group whose `(` was just read, through its `)`; false when it does not close.
  fileprivate mutating func skipGroup() -> Bool {
    var depth = 1
    while position < source.count {
      let scalar = source[position]
      position += 1
      switch scalar {
      case "\\": position += 1
      case "[": if !skipClass() { return false }
      case "(": depth += 1
      case ")":
        depth -= 1
        if depth == 0 { return true }
      default: break
      }
    }
    return false
  }

  /// Skips a character class whose `[` was just read, nested classes included, through its `]`;
  /// false when it does not close.
  fileprivate mutating func skipClass() -> Bool {
    if starts(with: "^") { position += 1 }
    if starts(with: "]") { position += 1 }
    while position < source.count {
      let scalar = source[position]
      position += 1
      switch scalar {
      case "\\": position += 1
      case "[": if !skipClass() { return false }
      case "]": return true
      default: break
      }
    }
    return false
  }

  /// Reads the quantifier after a token, if any, with its lazy `?` or possessive `+`.
  fileprivate mutating func readQuantifier() -> Quantifier {
    guard position < source.count else { return .once }
    let quantifier: Quantifier
    switch source[position] {
    case "?", "*": quantifier = .optional
    case "+": quantifier = .repeated
    case "{": return readBraces()
    default: return .once
    }
    position += 1
    skipModifier()
    return quantifier
  }

  /// `{n}`, `{n,}`, `{n,m}` or `{,m}`.
  private mutating func readBraces() -> Quantifier {
    guard let close = source[position...].firstIndex(of: "}") else { return .invalid }
    let inside = String(String.UnicodeScalarView(source[(position + 1)..<close]))
    let bounds = inside.split(separator: ",", omittingEmptySubsequences: false)
    guard (1...2).contains(bounds.count),
      bounds.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      !inside.isEmpty
    else { return .invalid }
    position = close + 1
    skipModifier()
    return (Int(bounds[0]) ?? 0) == 0 ? .optional : .repeated
  }

  private mutating func skipModifier() {
    if position < source.count, source[position] == "?" || source[position] == "+" {
      position += 1
    }
  }

  /// Skips the quantifier after a token that is not literal.
  fileprivate mutating func skipQuantifier() {
    if readQuantifier() == .invalid { stopped = true }
  }
}
