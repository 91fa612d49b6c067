import SarapCore
import SarapTestSupport
import Testing

@testable import SarapEngine

@Suite("Regular expression search: literals, case keys, and the same matches as Regex")
struct RegexSearchTests {
  @Test("the literal every match contains, and whether it starts every match")
  func literals() {
    func literal(_ source: String) -> String? {
      RegexLiteral.required(by: source).map {
        ($0.isPrefix ? "^" : "") + ($0.ignoresCase ? "(?i)" : "")
          + String(String.UnicodeScalarView($0.scalars))
      }
    }
    #expect(literal(#"Ресей\w*"#) == "^Ресей")
    #expect(literal(#"(?i)жұмсақ\s+күш"#) == "^(?i)жұмсақ")
    #expect(literal(#"\bкүш\b"#) == "^күш")
    #expect(RegexLiteral.required(by: #"(?i)\bжұмсақ\s+күш\w*"#)?.startsAtWordBoundary == true)
    #expect(RegexLiteral.required(by: #"Ресей\w*"#)?.startsAtWordBoundary == false)
    #expect(literal(#"\b:ab"#) == ":ab")
    #expect(literal(#"\b+ab"#) == "ab")
    #expect(literal(#"colou?r"#) == "^colo")
    #expect(literal(#"ab+c"#) == "^ab")
    #expect(literal(#"x{0,2}yz"#) == "yz")
    #expect(literal(#"[Рр]есей"#) == "есей")
    #expect(literal(#"Қытай\.(?:кз|ru)"#) == "^Қытай.")
    #expect(literal(#"ab(?i)cd"#) == "^ab")
    #expect(literal(#"(?<=x)abc"#) == "abc")
    #expect(literal(#"(?i:ab)cd"#) == nil)
    #expect(literal(#"ресей|қытай"#) == nil)
    #expect(literal(#"ab\Q|\E"#) == nil)
    #expect(literal(#"(?x)a b"#) == nil)
    #expect(literal(#"[а-я]+"#) == nil)
    #expect(literal(#"\d{4}"#) == nil)
    #expect(literal(#"(?i)straße"#) == "^(?i)stra")
  }

  @Test("case keys join every case of a letter, Kazakh ones included")
  func caseKeys() {
    let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
      ("Ә", "ә"), ("Ғ", "ғ"), ("Қ", "қ"), ("Ң", "ң"), ("Ө", "ө"), ("Ұ", "ұ"), ("Ү", "ү"),
      ("Һ", "һ"), ("І", "і"), ("Ё", "ё"), ("Й", "й"), ("K", "\u{212A}"), ("Θ", "ϑ"),
      ("Σ", "ς"), ("ẞ", "ß"), ("Ä", "ä"), ("Ş", "ş"),
    ]
    for (upper, lower) in pairs {
      #expect(CaseKey.key(upper.value) == CaseKey.key(lower.value), "\(upper) \(lower)")
    }
    #expect(
      CaseKey.key(("і" as Unicode.Scalar).value) != CaseKey.key(("i" as Unicode.Scalar).value))
    for value in UInt32(0)..<0x80 { #expect(CaseKey.key(value) == CaseKey.computed(value)) }
    #expect(!CaseKey.isKeyed("ß") && CaseKey.isKeyed("қ") && CaseKey.isKeyed("ẞ"))
  }

  @Test("Kazakh letters match in either case with (?i), with scalar offsets")
  func kazakhIgnoringCase() throws {
    let body: TranscriptText = "R01: әғқңөұүһі ӘҒҚҢӨҰҮҺІ Әғқ e\u{301}Қазақстан"
    let corpus = CodedCorpus(Project(transcripts: [Transcript(id: "K", body: body)]))
    #expect(try corpus.search(.regex("(?i)ӘҒҚҢӨҰҮҺІ")).map(\.range.start) == [5, 15])
    #expect(try corpus.search(.regex("(?i)әғқ")).map(\.match) == ["әғқ", "ӘҒҚ", "Әғқ"])
    #expect(try corpus.search(.regex("әғқ")).map(\.range.start) == [5])
    let hit = try #require(try corpus.search(.regex(#"(?i)қазақ\w+"#)).first)
    #expect(hit.range == TextRange(start: 31, end: 40))
    #expect(hit.match == "Қазақстан")
  }

  @Test("a pattern with no literal finds what Regex finds, with scalar offsets")
  func noLiteral() throws {
    let body: TranscriptText = "Ресей мен Қытай,\nресейлік БАҚ"
    let corpus = CodedCorpus(Project(transcripts: [Transcript(id: "K", body: body)]))
    #expect(
      try corpus.search(.regex(#"[РрҚқ]\w+"#)).map(\.match) == ["Ресей", "Қытай", "ресейлік"])
    #expect(
      try corpus.search(.regex(#"\p{Lu}{2,}"#)).map(\.range) == [TextRange(start: 26, end: 29)])
    #expect(try corpus.search(.regex(#"ей|ай"#)).count == 3)
  }

  /// Random patterns from pieces that exercise every path (a leading literal, a literal later,
  /// none, case folding, optional and repeated letters, groups, classes, alternation), on random
  /// Kazakh, Russian and Latin text: the search finds exactly what `matches(of:)` finds.
  @Test("the literal's shortcuts never change the matches", arguments: Array(UInt64(0)..<40))
  func sameAsRegex(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let letters = Array("аәбқҚӘАкзсеЕkKrRş \n.\u{301}\u{212A}").map(String.init)
    var text = ""
    for _ in 0..<400 { text += letters.randomElement(using: &random)! }
    let pieces = [
      "а", "ә", "қ", "Қ", "е", "к", "k", "K", "з", " ", "\\.", ".", "\\w", "\\s", "[әа]", "(?:ә|е)",
      "\\b", "?", "*", "+", "{1,2}", "(з)", "|",
    ]
    for _ in 0..<25 {
      var source = Bool.random(using: &random) ? "(?i)" : ""
      for _ in 0..<Int.random(in: 1...6, using: &random) {
        source += pieces.randomElement(using: &random)!
      }
      guard let regex = try? Regex(source).matchingSemantics(.unicodeScalar) else { continue }
      let search = try RegexSearch(source)
      #expect(
        search.matches(in: text) == Self.reference(regex, in: text), "seed \(seed): /\(source)/")
    }
  }

  /// Expressions opening with `\b` and a literal, on text where the literal also occurs inside
  /// words, after digits, underscores, colons, apostrophes, marks and other scripts: the search
  /// tried where the literal occurs finds exactly what `matches(of:)` finds on the whole text.
  @Test(
    "a leading \\b: the literal's shortcut never changes the matches",
    arguments: Array(UInt64(0)..<40))
  func wordBoundarySameAsRegex(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let pieces = [
      "жұмсақ", "Жұмсақ", "ЖҰМСАҚ", "күш", "ab", "AB", " ", " ", "\n", "7", "_", ":", "'", "’",
      ".", ",", "-", "«", "\u{301}", "中", "\u{200D}", "\u{202F}", "\u{A0}", "ж", "қ", "e",
      "\"", "(", "!", "—", "”", "\u{2028}", "\u{3000}", "\t", "\r\n", "·", "5", "...", "…",
      " :", "a.",
    ]
    var text = ""
    for _ in 0..<300 { text += pieces.randomElement(using: &random)! }
    let sources = [
      #"\bжұмсақ"#, #"(?i)\bжұмсақ\s+күш\w*"#, #"\bжұмсақ\b"#, #"(?i)\bab\w*"#, #"\bкүш"#,
      #"(?i)\b\bжұ\w+"#, #"\bжұмсақ(?:\s|_)+"#, #"(?i)\bқ\w"#, #"\bab\b"#,
    ]
    for source in sources {
      let regex = try Regex(source).matchingSemantics(.unicodeScalar)
      let search = try RegexSearch(source)
      let found = search.matches(in: text)
      let expected = Self.reference(regex, in: text)
      #expect(found == expected, "seed \(seed): /\(source)/")
    }
  }

  @Test("a word boundary told from the scalars around it, or left unknown")
  func wordBoundaryVerdicts() {
    func verdict(_ text: String, at scalar: Int) -> WordBoundary.Verdict {
      let bytes = Array(text.utf8)
      let position = String(String.UnicodeScalarView(text.unicodeScalars.prefix(scalar))).utf8.count
      return bytes.withUnsafeBufferPointer { WordBoundary.verdict(at: position, in: $0) }
    }
    #expect(verdict("жұмсақ", at: 0) == .boundary)
    #expect(verdict(" жұмсақ", at: 1) == .boundary)
    #expect(verdict("«жұмсақ", at: 1) == .boundary)
    #expect(verdict("ажұмсақ", at: 1) == .inside)
    #expect(verdict("7жұмсақ", at: 1) == .inside)
    #expect(verdict("_жұмсақ", at: 1) == .inside)
    #expect(verdict("а:жұмсақ", at: 2) == .unknown)
    #expect(verdict("а'жұмсақ", at: 2) == .unknown)
    #expect(verdict("中жұмсақ", at: 1) == .unknown)
    #expect(verdict("a\u{301}жұмсақ", at: 2) == .unknown)
    #expect(verdict(" 7", at: 1) == .unknown)
    #expect(verdict("a\u{202F}жұмсақ", at: 2) == .unknown)
    #expect(verdict("...жұмсақ", at: 3) == .boundary)
    #expect(verdict(".жұмсақ", at: 1) == .boundary)
    #expect(verdict(" :жұмсақ", at: 2) == .boundary)
    #expect(verdict("«'жұмсақ", at: 2) == .boundary)
    #expect(verdict("а.жұмсақ", at: 2) == .unknown)
    #expect(verdict("7.жұмсақ", at: 2) == .unknown)
    #expect(verdict("\u{301}.жұмсақ", at: 2) == .unknown)
  }

  /// Every non-empty match of `matches(of:)`, as scalar ranges counted from the start.
  static func reference(_ regex: Regex<AnyRegexOutput>, in text: String) -> [TextRange] {
    text.matches(of: regex).filter { !$0.range.isEmpty }.map { match in
      let scalars = text.unicodeScalars
      let start = scalars.distance(from: scalars.startIndex, to: match.range.lowerBound)
      return TextRange(
        start: start,
        end: start + scalars.distance(from: match.range.lowerBound, to: match.range.upperBound))
    }
  }
}
