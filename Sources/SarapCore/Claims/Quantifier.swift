/// How many units a claim's wording needs: a word (`most`, `several`, or one the project defines)
/// or an explicit threshold.
public enum Quantifier: Hashable, Sendable, CustomStringConvertible {
  /// A quantifier word, resolved through the ledger's ``ClaimLedger/threshold(for:)``.
  case word(String)
  /// An explicit threshold (`at-least 4`, `share 40`).
  case threshold(Threshold)
  /// More units than another claim's evidence has (`more-than C3`).
  case moreThan(Claim.ID)

  /// Reads the written form: a word, `at-least N`, `at-most N`, `exactly N`, `share P`,
  /// `over P` or `more-than CLAIM`; nil when it is none of these.
  public init?(_ text: String) {
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    if words.count == 2, words[0] == "more-than", Claim.ID(String(words[1])).isWellFormed {
      self = .moreThan(Claim.ID(String(words[1])))
    } else if let threshold = Threshold(text) {
      self = .threshold(threshold)
    } else if words.count == 1, Self.isWord(text) {
      self = .word(text)
    } else {
      return nil
    }
  }

  /// The written form.
  public var description: String {
    switch self {
    case .word(let word): word
    case .threshold(let threshold): threshold.description
    case .moreThan(let other): "more-than \(other)"
    }
  }

  /// Whether text can name a quantifier word: lower-case ASCII letters and `-`, not a keyword.
  public static func isWord(_ text: String) -> Bool {
    !text.isEmpty && !Threshold.keywords.contains(text) && text != "more-than"
      && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
  }
}

/// A rule on a count of units out of the units in scope.
public enum Threshold: Hashable, Sendable, CustomStringConvertible {
  /// At least N units.
  case atLeast(Int)
  /// At most N units.
  case atMost(Int)
  /// Exactly N units.
  case exactly(Int)
  /// At least P percent of the units in scope (and at least one unit).
  case share(Int)
  /// More than P percent of the units in scope.
  case over(Int)

  /// The keywords that start a threshold.
  public static let keywords: Set<String> = ["at-least", "at-most", "exactly", "share", "over"]

  /// Reads `at-least N`, `at-most N`, `exactly N`, `share P` or `over P` (P from 0 to 100).
  public init?(_ text: String) {
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count == 2, words[1].allSatisfy(\.isASCII), words[1].allSatisfy(\.isNumber),
      let number = Int(words[1])
    else { return nil }
    switch words[0] {
    case "at-least": self = .atLeast(number)
    case "at-most": self = .atMost(number)
    case "exactly": self = .exactly(number)
    case "share" where number <= 100: self = .share(number)
    case "over" where number < 100: self = .over(number)
    default: return nil
    }
  }

  /// The written form.
  public var description: String {
    switch self {
    case .atLeast(let number): "at-least \(number)"
    case .atMost(let number): "at-most \(number)"
    case .exactly(let number): "exactly \(number)"
    case .share(let percent): "share \(percent)"
    case .over(let percent): "over \(percent)"
    }
  }
}
