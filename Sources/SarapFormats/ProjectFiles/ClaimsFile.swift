import SarapCore

/// The claims ledger format, `sarap-claims 1`: an optional `note`, an optional `quantifiers`
/// block, then one `claim ID` block per claim, sorted by id.
///
/// ```
/// sarap-claims 1
/// note: English wordings are our translations.
///
/// quantifiers
/// several: at-least 4
///
/// claim C12
/// source: dissertation line 1774
/// kk: Респонденттердің басым бөлігі …
/// en: Most respondents argued …
/// query: russia.persistence
/// quantifier: most
/// unit: transcripts
/// question: Q5ә
/// attribute: studied-abroad=Russia
/// memo: free text
/// ```
///
/// Decoding checks what the file alone can tell: keys, ids, quantifiers, and that `more-than`
/// names a claim and makes no cycle. Whether a query's codes, a question or an attribute exist is
/// checked against the project by ``ClaimsFile/problems(in:path:project:)``. See docs/FORMATS.md.
public enum ClaimsFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  static let onceKeys: Set<String> = [
    "source", "kk", "en", "query", "quantifier", "unit", "memo",
  ]
  static let keys = onceKeys.union(["question", "attribute"])

  /// Decodes a claims file.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> ClaimLedger {
    try decodeLocated(text, path: path).ledger
  }

  /// Encodes a ledger in canonical form: the `quantifiers` block when the project defines words,
  /// then the claims in id order.
  public static func encode(_ ledger: ClaimLedger) -> String {
    var writer = FieldWriter()
    writer.line("sarap-claims \(version)")
    writer.optionalField("note", ledger.note)
    if !ledger.quantifiers.isEmpty {
      writer.line("")
      writer.line("quantifiers")
      for definition in ledger.quantifiers {
        writer.field(definition.word, definition.threshold.description)
      }
    }
    for claim in ledger.claims {
      writer.line("")
      writer.line("claim \(claim.id)")
      writer.optionalField("source", claim.source)
      writer.optionalField("kk", claim.wordingKK)
      writer.optionalField("en", claim.wordingEN)
      writer.field("query", claim.query)
      writer.field("quantifier", claim.quantifier.description)
      writer.field("unit", claim.unit.rawValue)
      for question in claim.questions { writer.field("question", question.rawValue) }
      for attribute in claim.attributes {
        writer.field("attribute", "\(attribute.name)=\(attribute.value)")
      }
      writer.optionalField("memo", claim.memo)
    }
    return writer.text
  }

  /// Decodes a claims file, keeping where each claim's fields are.
  static func decodeLocated(_ text: String, path: String) throws(ProjectFileError)
    -> (ledger: ClaimLedger, places: [Claim.ID: ClaimPlaces])
  {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "claims", version: version)
    var index = 1
    let header = try source.readFields(from: &index) {
      $0 == "quantifiers" || $0.hasPrefix("claim")
    }
    for field in header where field.key != "note" { throw source.unknownKey(field) }
    try source.checkUnique(header, keys: ["note"])
    var quantifiers: [QuantifierDefinition] = []
    if index < source.lines.count, source.lines[index] == "quantifiers" {
      index += 1
      let fields = try source.readFields(from: &index) { $0.isEmpty }
      quantifiers = try definitions(fields, in: source)
    }
    var claims: [Claim] = []
    var places: [Claim.ID: ClaimPlaces] = [:]
    for block in try source.readBlocks(from: index, kinds: ["claim"]) {
      let (claim, place) = try self.claim(block, in: source)
      if let first = places[claim.id] {
        throw source.error(
          line: block.line, column: 7,
          "duplicate claim id '\(claim.id)' (first on line \(first.line))")
      }
      places[claim.id] = place
      claims.append(claim)
    }
    let ledger = ClaimLedger(
      note: header.first?.value ?? "", quantifiers: quantifiers, claims: claims)
    try checkQuantifiers(ledger, places: places, in: source)
    return (ledger, places)
  }
}

/// Where a claim's fields are in its file, for errors found after decoding.
struct ClaimPlaces {
  /// The line of the `claim ID` head.
  var line: Int
  /// Each field's key, line, value column and value, in file order.
  var fields: [ClaimField] = []

  /// The first place of a key, or the head when the key is absent.
  func place(of key: String) -> (line: Int, column: Int) {
    fields.first { $0.key == key }.map { ($0.line, $0.column) } ?? (line, 1)
  }
}

/// One field of a claim block and where it is.
struct ClaimField {
  var key: String
  var line: Int
  var column: Int
  var value: String
}
