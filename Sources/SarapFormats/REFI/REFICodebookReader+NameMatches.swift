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

  /// The first existing code under the same parent with the same name that no incoming code has
  /// matched yet, whatever GUID it was exported with: other tools (QualCoder) mint new GUIDs on
  /// every export, and a code of the same name and place is the same code.
  ///
  /// Names compare as Swift strings do (canonically equivalent, so NFC and NFD agree) and with
  /// case kept, as code ids compare.
  func unmatchedNamesake(of incoming: Code) -> Code? {
    let name = REFINames.codeName(incoming)
    return codebook.codes.first {
      $0.parent == incoming.parent && !matches.taken.contains($0.id)
        && (REFINames.codeName($0) == name || $0.nameEN == name || $0.nameKK == name)
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
