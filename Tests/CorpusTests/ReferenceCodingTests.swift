import SarapCore
import Testing

/// The reference coding by `dissertation`: every range inside its transcript with a matching
/// fingerprint, every theme coding exactly on an excerpt, every finer coding inside one.
@Suite("Corpus: the reference coding")
struct ReferenceCodingTests {
  @Test("every coding is by 'dissertation', inside its transcript, with the right fingerprint")
  func rangesAndFingerprints() throws {
    let corpus = try BundledCorpus.load()
    #expect(!corpus.codings.isEmpty)
    for coding in corpus.codings {
      let place = "\(coding.transcript) \(coding.range) \(coding.code)"
      #expect(coding.coder == Coder.ID("dissertation"), "\(place)")
      guard let transcript = corpus.transcript(coding.transcript) else {
        Issue.record("\(place): no such transcript")
        continue
      }
      try #require(transcript.body.contains(coding.range), "\(place) lies outside the body")
      #expect(!coding.range.isEmpty, "\(place) is empty")
      let fingerprint = TextFingerprint(of: transcript.body[coding.range])
      #expect(coding.fingerprint == fingerprint, "\(place): fingerprint \(coding.fingerprint)")
      #expect(corpus.codebook.contains(coding.code), "\(place): not a code of the codebook")
    }
  }

  @Test("theme codings cover whole excerpts exactly; finer codings lie inside one excerpt")
  func codingsFollowExcerptBoundaries() throws {
    let corpus = try BundledCorpus.load()
    for coding in corpus.codings {
      guard let transcript = corpus.transcript(coding.transcript),
        let code = corpus.codebook[coding.code]
      else { continue }
      let ranges = transcript.excerpts.map(\.range)
      let place = "\(coding.transcript) \(coding.range) \(coding.code)"
      if code.isTheme {
        #expect(ranges.contains(coding.range), "\(place): a theme coding must be a whole excerpt")
      } else {
        #expect(ranges.contains { $0.contains(coding.range) }, "\(place) crosses excerpts")
      }
    }
  }

  @Test("every excerpt has its section's theme and at least one finer code")
  func everyExcerptIsCoded() throws {
    let corpus = try BundledCorpus.load()
    for (transcript, excerpt) in corpus.excerpts {
      let inside = corpus.codings.filter {
        $0.transcript == transcript.id && excerpt.range.contains($0.range)
      }
      let themes = inside.filter { corpus.codebook[$0.code]?.isTheme == true }
      #expect(themes.allSatisfy { $0.range == excerpt.range })
      #expect(!themes.isEmpty, "\(transcript.id)/\(excerpt.id) has no theme coding")
      #expect(themes.count < inside.count, "\(transcript.id)/\(excerpt.id) has no finer code")
    }
  }

  @Test("the codings are one per line in canonical order, without duplicates")
  func canonicalOrder() throws {
    let corpus = try BundledCorpus.load()
    let keys = corpus.codings.map(\.key)
    #expect(Set(keys).count == keys.count)
    let text = try BundledCorpus.text(BundledCorpus.codingsPath, in: corpus.root)
    let lines = text.split(separator: "\n").dropFirst(2)
    #expect(lines.count == corpus.codings.count)
    let fileOrder = lines.map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      return "\(fields[0]) \(fields[1]) \(fields[2]) \(fields[3])"
    }
    let canonical = corpus.codings.map {
      "\($0.transcript) \($0.range.start) \($0.range.end) \($0.code)"
    }
    #expect(fileOrder == canonical)
  }
}
