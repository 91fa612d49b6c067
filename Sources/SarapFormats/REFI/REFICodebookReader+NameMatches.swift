import SarapCore

extension REFICodebookReader {
  /// What an import's codes matched: counts for the report and the codes already taken.
  struct NameMatches {
    /// Codes matched by the GUID stored for them.
    var byGUID = 0
    /// Codes matched by name under the same parent.
    var byName = 0
    /// The existing codes an incoming code has matched.
    var taken: Set<Code.ID> = []

    /// `74 codes read: 0 matched by GUID, 74 matched by name, 0 added`.
    func summary(added: Int) -> String {
      let total = byGUID + byName + added
      return "\(total) \(total == 1 ? "code" : "codes") read: \(byGUID) matched by GUID, "
        + "\(byName) matched by name, \(added) added"
    }
  }

  /// Counts a match, by GUID when the incoming GUID is the one stored for the code.
  mutating func countMatch(_ existing: Code, guid: GUID) {
    if guids.key(of: guid) == REFIGUIDs.Key(.code, existing.id.rawValue) {
      matches.byGUID += 1
    } else {
      matches.byName += 1
    }
    matches.taken.insert(existing.id)
  }
}
