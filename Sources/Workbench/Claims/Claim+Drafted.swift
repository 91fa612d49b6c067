import SarapCore

extension Claim {
  /// A new claim from a wording typed in the workbench and the retrieval query it rests on.
  ///
  /// Wording with Cyrillic letters is Kazakh (`kk:`), else English (`en:`). The quantifier is the
  /// one its words imply (`most`/`majority`/`басым` → most, `several`/`бірнеше` → several,
  /// `some`/`кейбір` → some, `all`/`every`/`барлық` → all, `no one`/`none`/`ешкім` → none), else
  /// `one`; the file or `sarap claims` can change it later.
  static func drafted(id: Claim.ID, wording: String, query: String) -> Claim {
    let isKazakh = wording.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    return Claim(
      id: id, wordingKK: isKazakh ? wording : "", wordingEN: isKazakh ? "" : wording,
      query: query, quantifier: .word(impliedQuantifier(wording.lowercased())))
  }

  /// The quantifier word the first matching cue names, else `one`.
  private static func impliedQuantifier(_ text: String) -> String {
    let words = Set(
      text.split { !$0.isLetter && $0 != "-" }.map(String.init))
    let cues: [(quantifier: String, words: [String])] = [
      ("none", ["none", "ешкім", "ешбір"]),
      ("most", ["most", "majority", "басым"]),
      ("several", ["several", "бірнеше"]),
      ("all", ["all", "every", "everyone", "everybody", "барлық", "барлығы"]),
      ("some", ["some", "кейбір"]),
    ]
    if text.contains("no one") || text.contains("no respondent") { return "none" }
    return cues.first { !words.isDisjoint(with: $0.words) }?.quantifier ?? "one"
  }
}
