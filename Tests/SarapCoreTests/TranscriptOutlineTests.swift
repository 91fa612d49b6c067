import SarapTestSupport
import Testing

@testable import SarapCore

@Suite("Transcript outline read from UTF-8 bytes")
struct TranscriptOutlineTests {
  @Test("turns equal the scalar-by-scalar reading on 3,000 random bodies")
  func turnsMatchScalarReading() {
    var random = SeededGenerator(seed: 20_261_203)
    for _ in 0..<3_000 {
      let body = Self.randomBody(using: &random)
      let transcript = Transcript(id: "R01", interviewer: "I", body: TranscriptText(body))
      let expected = ScalarReading.turns(of: Array(body.unicodeScalars), interviewer: "I")
      #expect(transcript.turns == expected, "body: \(body.debugDescription)")
    }
  }

  @Test("paragraph starts and the length equal the scalar-by-scalar reading")
  func paragraphsMatchScalarReading() {
    var random = SeededGenerator(seed: 7)
    for _ in 0..<3_000 {
      let body = Self.randomBody(using: &random)
      let text = TranscriptText(body)
      let scalars = Array(body.unicodeScalars)
      #expect(text.paragraphStarts == ScalarReading.paragraphStarts(of: scalars))
      #expect(text.scalarCount == scalars.count)
    }
  }

  @Test("a Kazakh body: turns, questions and the trimmed text of each turn")
  func kazakhBody() {
    let body = "[Q1] I: Сіз қалай ойлайсыз?\n\nR07: Жұмсақ күш — маңызды.\n\n\nI: Рақмет.\n"
    let transcript = Transcript(id: "R07", body: TranscriptText(body))
    let turns = transcript.turns
    #expect(turns.map(\.speaker) == ["I", "R07", "I"])
    #expect(turns.map(\.question) == ["Q1", "Q1", "Q1"])
    #expect(
      turns.map { transcript.body[$0.textRange] } == [
        "Сіз қалай ойлайсыз?", "Жұмсақ күш — маңызды.", "Рақмет.",
      ])
    #expect(transcript.body.paragraphStarts == [29, 58])
  }

  /// Lines of labels, near-labels, Kazakh and ASCII words, brackets and blank lines.
  private static func randomBody(using random: inout SeededGenerator) -> String {
    let pieces = [
      "I: ", "R07: ", "[Q1] I: ", "[Q2] R07: ", "[Q3]R: ", "[] I: ", "[Q1 I: ", "Ана: ",
      "R-1_x: ", "I:", ": ", "[", "]", " ", "сөз", "word", "\n", "\n\n", "\n\n\n", "жұмсақ күш",
      "[Q\n1] I: ", "ü", "🙂", String(repeating: "a", count: 26) + ": ",
    ]
    let count = Int.random(in: 0...14, using: &random)
    return (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
  }
}

/// The scalar-by-scalar reading the outline replaced, kept as the independent reference.
private enum ScalarReading {
  static func turns(of scalars: [Unicode.Scalar], interviewer: String) -> [Turn] {
    var starts: [(offset: Int, label: TurnLabel)] = []
    var lineStart = 0
    while lineStart < scalars.count {
      if let label = TurnLabel.parse(scalars, at: lineStart) { starts.append((lineStart, label)) }
      guard let newline = scalars[lineStart...].firstIndex(of: "\n") else { break }
      lineStart = newline + 1
    }
    var turns: [Turn] = []
    var currentQuestion: GuideQuestion.ID?
    for (index, start) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1].offset : scalars.count
      var textEnd = end
      while textEnd > start.label.textStart && scalars[textEnd - 1] == "\n" { textEnd -= 1 }
      if let question = start.label.question { currentQuestion = question }
      turns.append(
        Turn(
          speaker: start.label.speaker, question: currentQuestion,
          isInterviewer: start.label.speaker == interviewer,
          range: TextRange(start: start.offset, end: end),
          textRange: TextRange(
            start: start.label.textStart, end: max(textEnd, start.label.textStart))))
    }
    return turns
  }

  static func paragraphStarts(of scalars: [Unicode.Scalar]) -> [Int] {
    var starts: [Int] = []
    var newlines = 0
    for (offset, scalar) in scalars.enumerated() {
      if scalar == "\n" {
        newlines += 1
      } else {
        if newlines >= 2 { starts.append(offset) }
        newlines = 0
      }
    }
    return starts
  }
}
