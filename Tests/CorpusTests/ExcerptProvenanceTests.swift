import SarapCore
import SarapTestSupport
import Testing

/// Every excerpt of the bundled transcripts is the dissertation's own text, from the right line and
/// the right respondent, and every quoted passage is there exactly once (or marked as a repeat).
@Suite("Corpus: excerpts and their provenance")
struct ExcerptProvenanceTests {
  @Test("the 15 respondents each have a transcript, and nothing else is in Transcripts/")
  func fifteenTranscripts() throws {
    let corpus = try BundledCorpus.load()
    #expect(corpus.transcripts.map(\.id) == BundledCorpus.transcriptIDs)
    for transcript in corpus.transcripts {
      #expect(!transcript.excerpts.isEmpty, "\(transcript.id) has no excerpt")
    }
  }

  @Test(
    "every excerpt occurs verbatim on its recorded line, before its respondent's marker",
    .needs(.dissertation))
  func excerptsAreVerbatimAndAttributed() throws {
    let corpus = try BundledCorpus.load()
    let dissertation = try BundledCorpus.dissertation()
    for (transcript, excerpt) in corpus.excerpts {
      let text = transcript.body[excerpt.range]
      let place = "\(transcript.id)/\(excerpt.id) (line \(excerpt.sourceLine))"
      try #require(
        excerpt.sourceLine <= dissertation.count, "\(place) points past the dissertation")
      let line = dissertation[excerpt.sourceLine - 1]
      guard let found = line.range(of: text) else {
        Issue.record("\(place) is not verbatim on its line: \(text.prefix(60))…")
        continue
      }
      let next = RespondentMarker.all(in: String(line[found.upperBound...])).first
      #expect(
        next?.transcript == transcript.id,
        "\(place): the next marker after the excerpt names \(String(describing: next?.transcript))")
    }
  }

  @Test("excerpts match the dissertation's respondent markers one for one", .needs(.dissertation))
  func everyMarkerHasItsExcerpt() throws {
    let corpus = try BundledCorpus.load()
    var markers: [String] = []
    for (index, line) in try BundledCorpus.dissertation().enumerated() {
      markers += RespondentMarker.all(in: line).map { "line \(index + 1) \($0.transcript)" }
    }
    let excerpts = corpus.excerpts.map { "line \($0.excerpt.sourceLine) \($0.transcript.id)" }
    #expect(markers.count == BundledCorpus.documentedExcerptCount)
    #expect(excerpts.count == BundledCorpus.documentedExcerptCount)
    #expect(excerpts.sorted() == markers.sorted())
  }

  @Test("a passage contained in another is marked as a repeat of it, and only then")
  func duplicatesOnlyWhereMarked() throws {
    let corpus = try BundledCorpus.load()
    let all = corpus.excerpts.map { item in
      (
        key: "\(item.transcript.id)/\(item.excerpt.id)", line: item.excerpt.sourceLine,
        text: item.transcript.body[item.excerpt.range], excerpt: item.excerpt
      )
    }
    var marked = 0
    for later in all {
      let earlier = all.filter {
        $0.key != later.key && $0.line <= later.line
          && ($0.text.contains(later.text) || later.text.contains($0.text))
      }
      let mark = later.excerpt.repeatOf?.rawValue
      #expect(earlier.count <= 1, "\(later.key) overlaps several excerpts")
      #expect(mark == earlier.first?.key, "\(later.key): repeat mark \(mark ?? "none")")
      if mark != nil { marked += 1 }
    }
    #expect(marked == 1, "the dissertation repeats one passage (lines 1819 and 1822)")
  }

  @Test("excerpts do not overlap and each is a paragraph of its respondent's answer")
  func excerptsSitInAnswers() throws {
    let corpus = try BundledCorpus.load()
    for transcript in corpus.transcripts {
      let ranges = transcript.excerpts.map(\.range).sorted()
      for (a, b) in zip(ranges, ranges.dropFirst()) {
        #expect(a.end <= b.start, "\(transcript.id): excerpts \(a) and \(b) overlap")
      }
      let answers = transcript.answers
      for excerpt in transcript.excerpts {
        let turn = answers.first { $0.textRange.contains(excerpt.range) }
        #expect(turn?.speaker == transcript.id.rawValue, "\(transcript.id)/\(excerpt.id)")
        #expect(turn?.question != nil, "\(transcript.id)/\(excerpt.id) answers no question")
      }
      let covered = transcript.excerpts.reduce(0) { $0 + $1.range.length }
      let spoken = answers.reduce(0) { $0 + $1.textRange.length }
      let breaks = answers.reduce(0) { $0 + 2 * (excerpts(in: $1, of: transcript) - 1) }
      #expect(covered + breaks == spoken, "\(transcript.id): answers hold text beyond excerpts")
    }
  }

  private func excerpts(in turn: Turn, of transcript: Transcript) -> Int {
    transcript.excerpts.filter { turn.textRange.contains($0.range) }.count
  }
}
