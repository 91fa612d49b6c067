import SarapCore

extension ClaimsFile {
  /// Reads the `quantifiers` block: one `word: threshold` line per word.
  static func definitions(_ fields: [Field], in source: SourceText) throws(ProjectFileError)
    -> [QuantifierDefinition]
  {
    var seen: [String: Int] = [:]
    var definitions: [QuantifierDefinition] = []
    for field in fields {
      guard Quantifier.isWord(field.key) else {
        throw source.error(
          line: field.line,
          "expected a quantifier word (lower-case letters and '-'), found '\(field.key)'")
      }
      if let first = seen.updateValue(field.line, forKey: field.key) {
        throw source.error(
          line: field.line, "duplicate quantifier '\(field.key)' (first on line \(first))")
      }
      try checkThresholdNumber(
        field.value, line: field.line, column: field.valueColumn, in: source)
      guard let threshold = Threshold(field.value) else {
        throw source.error(
          line: field.line, column: field.valueColumn,
          "expected 'at-least N', 'at-most N', 'exactly N', 'share P' or 'over P' (P a percentage), "
            + "found '\(field.value)'")
      }
      definitions.append(QuantifierDefinition(word: field.key, threshold: threshold))
    }
    return definitions
  }

  /// Reads one `claim ID` block.
  static func claim(_ block: Block, in source: SourceText) throws(ProjectFileError)
    -> (Claim, ClaimPlaces)
  {
    for field in block.fields where !keys.contains(field.key) { throw source.unknownKey(field) }
    try source.checkUnique(block.fields, keys: onceKeys)
    guard Claim.ID(block.id).isWellFormed else {
      throw source.error(line: block.line, column: 7, "malformed claim id '\(block.id)'")
    }
    var claim = Claim(id: Claim.ID(block.id), query: "", quantifier: .word("one"))
    var places = ClaimPlaces(line: block.line)
    for field in block.fields {
      places.fields.append(
        ClaimField(key: field.key, line: field.line, column: field.valueColumn, value: field.value))
      try read(field, into: &claim, in: source)
    }
    for key in ["query", "quantifier"] where !block.fields.contains(where: { $0.key == key }) {
      throw source.error(line: block.line, "claim '\(block.id)' has no '\(key):' line")
    }
    return (claim, places)
  }

  private static func read(_ field: Field, into claim: inout Claim, in source: SourceText)
    throws(ProjectFileError)
  {
    func fail(_ message: String) -> ProjectFileError {
      source.error(line: field.line, column: field.valueColumn, message)
    }
    switch field.key {
    case "source": claim.source = field.value
    case "kk": claim.wordingKK = field.value
    case "en": claim.wordingEN = field.value
    case "query":
      guard !field.value.trimmingWhitespace.isEmpty else { throw fail("empty query") }
      claim.query = field.value
    case "quantifier":
      try checkThresholdNumber(
        field.value, line: field.line, column: field.valueColumn, in: source)
      guard let quantifier = Quantifier(field.value) else {
        throw fail(
          "expected a quantifier (a word such as 'most', 'at-least N', 'at-most N', "
            + "'exactly N', 'share P', 'over P' or 'more-than CLAIM'), found '\(field.value)'")
      }
      claim.quantifier = quantifier
    case "unit":
      guard let unit = ClaimUnit(rawValue: field.value) else {
        throw fail("expected 'transcripts' or 'segments', found '\(field.value)'")
      }
      claim.unit = unit
    case "question":
      guard GuideQuestion.ID(field.value).isWellFormed else {
        throw fail("expected one question id, found '\(field.value)'")
      }
      claim.questions.append(GuideQuestion.ID(field.value))
    case "attribute":
      guard let equals = field.value.firstIndex(of: "="), equals != field.value.startIndex else {
        throw fail("expected NAME=VALUE, found '\(field.value)'")
      }
      let value = String(field.value[field.value.index(after: equals)...])
      claim.attributes.append(
        ClaimAttribute(
          name: String(field.value[..<equals]), value: value == "unknown" ? .unknown : .known(value)
        ))
    default: claim.memo = field.value
    }
  }

  /// Throws when a claim's quantifier word is not defined, or `more-than` names no claim or
  /// makes a cycle.
  static func checkQuantifiers(
    _ ledger: ClaimLedger, places: [Claim.ID: ClaimPlaces], in source: SourceText
  ) throws(ProjectFileError) {
    for claim in ledger.claims {
      let place = places[claim.id]?.place(of: "quantifier") ?? (line: 1, column: 1)
      func fail(_ message: String) -> ProjectFileError {
        source.error(line: place.line, column: place.column, message)
      }
      switch claim.quantifier {
      case .threshold: continue
      case .word(let word):
        guard ledger.threshold(for: word) == nil else { continue }
        let known = (ClaimLedger.builtInWords + ledger.quantifiers).map(\.word)
        throw fail(
          "unknown quantifier '\(word)' (known: \(known.joined(separator: ", ")); "
            + "define it in the quantifiers block)")
      case .moreThan(let other):
        guard ledger.claim(other) != nil else { throw fail("more-than names no claim '\(other)'") }
        if let cycle = moreThanCycle(from: claim.id, in: ledger) {
          throw fail("more-than makes a cycle: \(cycle.map(\.rawValue).joined(separator: " > "))")
        }
      }
    }
  }

  /// The chain of `more-than` links from a claim back to itself, if there is one.
  static func moreThanCycle(from start: Claim.ID, in ledger: ClaimLedger) -> [Claim.ID]? {
    var chain = [start]
    var current = start
    while case .moreThan(let next)? = ledger.claim(current)?.quantifier {
      chain.append(next)
      if next == start { return chain }
      if chain.dropLast().contains(next) { return nil }
      current = next
    }
    return nil
  }
}

extension String {
  /// The string without leading and trailing white space.
  var trimmingWhitespace: Substring {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return self[first...last]
  }
}
