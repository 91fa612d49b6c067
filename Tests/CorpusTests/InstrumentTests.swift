import SarapCore
import SarapTestSupport
import Testing

/// The interview guide is the dissertation's appendix verbatim; the transcripts ask its questions
/// in its words and in its order; the codebook is complete and used.
@Suite("Corpus: guide and codebook")
struct InstrumentTests {
  @Test(
    "the guide's 21 questions are the appendix's wording (lines 2221-2247)", .needs(.dissertation))
  func guideIsVerbatim() throws {
    let corpus = try BundledCorpus.load()
    let dissertation = try BundledCorpus.dissertation()
    let revision = try #require(corpus.guide.latest)
    #expect(corpus.guide.revisions.map(\.id) == [GuideRevision.ID("final")])
    let expectedIDs = (1...7).flatMap { ["Q\($0)", "Q\($0)\u{430}", "Q\($0)\u{4D9}"] }
    #expect(revision.questions.map(\.id.rawValue) == expectedIDs)
    let printed = dissertation[2220..<2247].filter { !$0.isEmpty }
    #expect(printed.count == revision.questions.count)
    for (question, line) in zip(revision.questions, printed) {
      #expect(line.hasSuffix(") " + question.textKK) || line.hasSuffix(". " + question.textKK))
      #expect(!question.textEN.isEmpty, "\(question.id) has no English translation")
    }
  }

  @Test("every interviewer turn asks a guide question in its words, in guide order")
  func interviewerTurnsQuoteTheGuide() throws {
    let corpus = try BundledCorpus.load()
    let revision = try #require(corpus.guide.latest)
    let order = revision.questions.map(\.id)
    for transcript in corpus.transcripts {
      let asked = transcript.turns.filter(\.isInterviewer)
      #expect(!asked.isEmpty)
      for turn in asked {
        let question = try #require(turn.question.flatMap { revision.question($0) })
        #expect(
          transcript.body[turn.textRange] == question.textKK, "\(transcript.id) \(question.id)")
      }
      let positions = asked.compactMap { turn in order.firstIndex { $0 == turn.question } }
      #expect(positions == positions.sorted() && Set(positions).count == positions.count)
    }
  }

  @Test("every code is used, has both names, a definition and its own colour")
  func codebookIsCompleteAndGrounded() throws {
    let corpus = try BundledCorpus.load()
    let codes = corpus.codebook.codes
    #expect(codes.filter(\.isTheme).count >= 10)
    #expect(Set(codes.map(\.colour)).count == codes.count, "two codes share a colour")
    let used = Set(corpus.codings.map(\.code))
    for code in codes {
      #expect(!code.nameKK.isEmpty && !code.nameEN.isEmpty && !code.definition.isEmpty)
      let isASCII = code.id.rawValue.unicodeScalars.allSatisfy { $0.isASCII }
      #expect(isASCII, "\(code.id) is not ASCII")
      let subtree = Set(corpus.codebook.subtree(of: code.id))
      #expect(!used.isDisjoint(with: subtree), "\(code.id) is used by no coding")
    }
  }
}
