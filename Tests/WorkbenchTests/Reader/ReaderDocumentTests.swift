import SarapCore
import Testing

@testable import Workbench

@Suite("Reader document")
struct ReaderDocumentTests {
  static func document(_ body: String, width: Int = 40) -> ReaderDocument {
    ReaderDocument(Transcript(id: "T", body: TranscriptText(body)), width: width)
  }

  @Test("the cursor never lands inside a letter with combining marks")
  func characterSafeOffsets() {
    // "й" written decomposed: и + U+0306, two scalars, one Character.
    let document = Self.document("ай\u{0306}ы")
    #expect(document.nextCharacter(after: 0) == 1)
    #expect(document.nextCharacter(after: 1) == 3)
    #expect(document.characterStart(containing: 2) == 1)
    #expect(document.characterEnd(containing: 1) == 3)
    #expect(document.clampedCursor(2) == 1)
  }

  @Test("w, e and b move by Kazakh words; W treats punctuation as part of the word")
  func wordMotions() {
    let document = Self.document("Ресей «ықпалы» зор.")
    #expect(document.wordForward(from: 0) == 6)
    #expect(document.wordForward(from: 6) == 7)
    #expect(document.wordForward(from: 0, bigWords: true) == 6)
    #expect(document.wordForward(from: 6, bigWords: true) == 15)
    #expect(document.wordEnd(from: 0) == 4)
    #expect(document.wordEnd(from: 7) == 12)
    #expect(document.wordBackward(from: 15) == 13)
    #expect(document.word(at: 8) == 7..<13)
  }

  @Test("sentences end at a terminator, after closing quotes, or at a line break")
  func sentences() {
    let document = Self.document("Бір. «Екі!» Үш\nТөрт")
    #expect(document.sentenceEnd(from: 0) == 3)
    #expect(document.nextSentenceStart(from: 0) == 5)
    #expect(document.sentenceEnd(from: 5) == 10)
    #expect(document.sentenceEnd(from: 10) == 13)
    #expect(document.nextSentenceStart(from: 12) == 15)
  }

  @Test("paragraphs are runs of non-empty lines")
  func paragraphs() {
    let document = Self.document("аа\nбб\n\nвв\n")
    #expect(document.paragraph(containing: 1) == TextRange(start: 0, end: 5))
    #expect(document.paragraphEnd(from: 0) == 4)
    #expect(document.paragraphEnd(from: 4) == 8)
    #expect(document.nextParagraphStart(from: 0) == 7)
    #expect(document.previousParagraphStart(from: 8) == 7)
    #expect(document.previousParagraphStart(from: 7) == 0)
  }

  @Test("an answer is the spoken text of the respondent's turn")
  func answers() {
    let body = "[Q1] I: Сұрақ?\n\nR01: Жауап бар.\n"
    let document = Self.document(body)
    let answer = document.answer(containing: 20)
    #expect(answer.map(document.text) == "Жауап бар.")
  }
}
