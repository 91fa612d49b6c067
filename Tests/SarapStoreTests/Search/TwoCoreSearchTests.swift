import SarapCore
import SarapEngine
import Testing

@testable import SarapStore

@Suite("Searching on two cores finds what one search finds, in the same order")
struct TwoCoreSearchTests {
  static let patterns: [SearchPattern] = [
    .plain("жұмсақ күш"), .plain("Ресей"), .regex(#"Ресей\w*"#),
    .regex(#"(?i)\bжұмсақ\s+күш\w*"#), .regex(#"\p{Lu}{2,}"#), .plain("no such text anywhere"),
  ]

  @Test("on a copy of the bundled project, bodies read on demand", arguments: patterns)
  func sameHits(_ pattern: SearchPattern) throws {
    let copy = try BundledProjectTests.copy()
    let folder = ProjectFolder(url: copy.url)
    // The first load builds the cache; the second takes every body from disk on demand.
    _ = try folder.load(text: .onDemand)
    let onDemand = CodedCorpus(try folder.load(text: .onDemand))
    #expect(onDemand.project.transcripts.allSatisfy { !$0.body.isTextLoaded })
    let inMemory = CodedCorpus(try folder.load())
    let filters = [
      SegmentFilter.all, SegmentFilter(transcripts: ["R02", "R07", "R08", "R15"]),
      SegmentFilter(questions: ["Q3а", "Q6"]), SegmentFilter(transcripts: ["R04"]),
    ]
    for filter in filters {
      let expected = try inMemory.search(pattern, context: 12, where: filter)
      #expect(try onDemand.searchOnTwoCores(pattern, context: 12, where: filter) == expected)
      #expect(try inMemory.searchOnTwoCores(pattern, context: 12, where: filter) == expected)
    }
  }

  @Test("the hits of every transcript, whichever half it falls in, in the project's order")
  func everyTranscript() throws {
    let copy = try BundledProjectTests.copy()
    let corpus = CodedCorpus(try ProjectFolder(url: copy.url).load())
    let hits = try corpus.searchOnTwoCores(.plain("Ресей"))
    let naming = corpus.project.transcripts.filter { $0.body.string.lowercased().contains("ресей") }
    #expect(naming.count > 8)
    var seen: [Transcript.ID] = []
    for hit in hits where seen.last != hit.transcript { seen.append(hit.transcript) }
    #expect(seen == naming.map(\.id))
  }

  @Test("an invalid expression is refused as by one search")
  func invalidExpression() throws {
    let copy = try BundledProjectTests.copy()
    let corpus = CodedCorpus(try ProjectFolder(url: copy.url).load())
    #expect(throws: SearchError.self) { try corpus.searchOnTwoCores(.regex("(")) }
  }
}
