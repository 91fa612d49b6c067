/// A project's claims and the thresholds of its quantifier words: `Codebooks/claims.txt`.
///
/// Claims are kept sorted by id (``Claim/ID`` compared with ``ClaimLedger/precedes(_:_:)``, digit
/// runs as numbers), so that two people adding different claims touch different places of the file.
public struct ClaimLedger: Hashable, Sendable {
  /// Notes on the whole ledger: whose translations, whose queries.
  public var note: String
  /// The words the project defines or redefines, in file order.
  public var quantifiers: [QuantifierDefinition]
  /// The claims, sorted by id.
  public private(set) var claims: [Claim]

  /// The thresholds of the built-in words, used unless the project redefines them.
  public static let builtInWords: [QuantifierDefinition] = [
    QuantifierDefinition(word: "all", threshold: .share(100)),
    QuantifierDefinition(word: "most", threshold: .over(50)),
    QuantifierDefinition(word: "several", threshold: .atLeast(3)),
    QuantifierDefinition(word: "some", threshold: .atLeast(2)),
    QuantifierDefinition(word: "one", threshold: .atLeast(1)),
    QuantifierDefinition(word: "none", threshold: .atMost(0)),
  ]

  /// Creates a ledger; the claims are sorted by id.
  public init(note: String = "", quantifiers: [QuantifierDefinition] = [], claims: [Claim] = []) {
    self.note = note
    self.quantifiers = quantifiers
    self.claims = claims.sorted { Self.precedes($0.id, $1.id) }
  }

  /// The claim with an id.
  public func claim(_ id: Claim.ID) -> Claim? { claims.first { $0.id == id } }

  /// The threshold a word stands for: the project's definition, else the built-in one.
  public func threshold(for word: String) -> Threshold? {
    (quantifiers.last { $0.word == word } ?? Self.builtInWords.first { $0.word == word })?
      .threshold
  }

  /// Adds a claim at its place in id order; false when the id is taken.
  @discardableResult
  public mutating func insert(_ claim: Claim) -> Bool {
    guard self.claim(claim.id) == nil else { return false }
    let index = claims.firstIndex { Self.precedes(claim.id, $0.id) } ?? claims.count
    claims.insert(claim, at: index)
    return true
  }

  /// Removes the claim with an id and returns it.
  @discardableResult
  public mutating func remove(_ id: Claim.ID) -> Claim? {
    guard let index = claims.firstIndex(where: { $0.id == id }) else { return nil }
    return claims.remove(at: index)
  }

  /// The first id of the form `C<n>` not yet taken (one past the largest number in use).
  public var nextID: Claim.ID {
    let numbers = claims.compactMap { claim -> Int? in
      guard claim.id.rawValue.hasPrefix("C") else { return nil }
      return Int(claim.id.rawValue.dropFirst())
    }
    return Claim.ID("C\((numbers.max() ?? 0) + 1)")
  }

  /// Whether id `a` sorts before id `b`: runs of digits compare as numbers (`C2` before `C10`),
  /// everything else by Unicode scalar value.
  public static func precedes(_ a: Claim.ID, _ b: Claim.ID) -> Bool {
    let left = NaturalKey(a.rawValue)
    let right = NaturalKey(b.rawValue)
    return left == right ? a.rawValue < b.rawValue : left < right
  }
}

/// A quantifier word and the threshold it stands for, such as `several: at-least 4`.
public struct QuantifierDefinition: Hashable, Sendable {
  /// The word.
  public var word: String
  /// What it needs.
  public var threshold: Threshold

  /// Creates a definition.
  public init(word: String, threshold: Threshold) {
    self.word = word
    self.threshold = threshold
  }
}

/// An id split into text and numbers, compared part by part.
private struct NaturalKey: Comparable {
  enum Part: Comparable {
    case number(Int)
    case text(String)
  }

  let parts: [Part]

  init(_ text: String) {
    var parts: [Part] = []
    var run = ""
    var digits = false
    for character in text {
      let isDigit = character.isASCII && character.isNumber
      if !run.isEmpty, isDigit != digits {
        parts.append(digits ? .number(Int(run) ?? Int.max) : .text(run))
        run = ""
      }
      digits = isDigit
      run.append(character)
    }
    if !run.isEmpty { parts.append(digits ? .number(Int(run) ?? Int.max) : .text(run)) }
    self.parts = parts
  }

  static func < (lhs: Self, rhs: Self) -> Bool { lhs.parts.lexicographicallyPrecedes(rhs.parts) }
}
