import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

/// The bundled claims ledger quotes the dissertation verbatim.
@Suite("Corpus: the claims ledger's wording")
struct ClaimWordingTests {
  @Test(
    "every claim's kk: wording is on the dissertation line its source names, byte for byte",
    .needs(.dissertation))
  func wordingIsVerbatim() throws {
    let corpus = try BundledCorpus.load()
    let dissertation = try BundledCorpus.dissertation()
    let ledger = try ClaimsFile.decode(
      try BundledCorpus.text("Codebooks/claims.txt", in: corpus.root), path: "claims.txt")
    #expect(ledger.claims.count >= 80)
    for claim in ledger.claims {
      let prefix = "dissertation line "
      guard claim.source.hasPrefix(prefix), let number = Int(claim.source.dropFirst(prefix.count))
      else {
        Issue.record("\(claim.id): source '\(claim.source)' is not 'dissertation line N'")
        continue
      }
      #expect((1500...1900).contains(number), "\(claim.id) is outside chapter 3")
      #expect(!claim.wordingKK.isEmpty && !claim.wordingEN.isEmpty, "\(claim.id) lacks a wording")
      let line = dissertation[number - 1]
      #expect(
        line.utf8.firstRange(of: claim.wordingKK.utf8) != nil,
        "\(claim.id): kk wording is not on line \(number)")
    }
  }
}
