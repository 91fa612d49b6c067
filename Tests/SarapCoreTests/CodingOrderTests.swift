import SarapCore
import SarapTestSupport
import Testing

/// `Coding.keyPrecedes(_:)`, the field-by-field comparison a load checks the order with, agrees
/// with comparing the codings' keys.
@Suite("Coding key order")
struct CodingOrderTests {
  @Test("keyPrecedes is key < key on random pairs, equal fields and Kazakh ids included")
  func agreesWithKeys() {
    var random = SeededGenerator(seed: 20_261_203)
    let coders: [Coder.ID] = ["ana", "Әлия", "dissertation"]
    let transcripts: [Transcript.ID] = ["R01", "R07", "Қ01"]
    let codes: [Code.ID] = ["russia", "russia.education", "қорғаныс"]
    func coding() -> Coding {
      let start = Int.random(in: 0...3, using: &random)
      return Coding(
        transcript: transcripts.randomElement(using: &random) ?? "R01",
        range: TextRange(start: start, end: start + Int.random(in: 0...2, using: &random)),
        code: codes.randomElement(using: &random) ?? "russia",
        coder: coders.randomElement(using: &random) ?? "ana",
        time: Timestamp("2026-12-03T20:00:00Z"), fingerprint: TextFingerprint(value: 0), memo: "")
    }
    var disagreements = 0
    var precedes = 0
    for _ in 0..<5_000 {
      let (first, second) = (coding(), coding())
      if first.keyPrecedes(second) != (first.key < second.key) { disagreements += 1 }
      if first.keyPrecedes(second) { precedes += 1 }
    }
    #expect(disagreements == 0)
    // Both outcomes occur, so the comparison is exercised both ways.
    #expect(precedes > 1_000 && precedes < 4_000)
  }
}
