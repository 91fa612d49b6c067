import SarapCore
import SarapEngine

extension AppState {
  /// A status message led by the claims whose verdict the last change flipped, if any:
  /// `C12 now not supported: 7 of 15 (most: at least 8) · Saved: …`.
  func withVerdictChanges(since old: [ClaimVerdict], _ message: String) -> String {
    let changes = Self.verdictChanges(from: old, to: analysis.claimVerdicts)
    guard let first = changes.first else { return message }
    let others = changes.count - 1
    let more = others > 0 ? "; \(others) more claim\(others == 1 ? "" : "s") changed" : ""
    return first + more + " · " + message
  }

  /// One sentence per claim present before and after whose verdict differs, in ledger order.
  static func verdictChanges(from old: [ClaimVerdict], to new: [ClaimVerdict]) -> [String] {
    let before = Dictionary(old.map { ($0.claim.id, $0.verdictText) }) { first, _ in first }
    return new.compactMap { verdict in
      guard let was = before[verdict.claim.id], was != verdict.verdictText else { return nil }
      return "\(verdict.claim.id) now \(verdict.verdictText): \(verdict.count) of \(verdict.of) "
        + "(\(verdict.requirement))"
    }
  }
}
