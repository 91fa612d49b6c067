import SarapCore
import SarapEngine
import SarapFormats

extension AuditTrail {
  /// Review notes for codings the edit leaves with a fingerprint that does not match their text
  /// (a transcript revision flagged them), unless a note for them is already there.
  ///
  /// The old range and text come from the coding the edit removed for it: same coder, code and
  /// fingerprint (a flagged coding keeps its old fingerprint).
  ///
  /// An anonymisation leaves none: the old text would hold the originals.
  func reviewNotes() throws(StoreError) -> PendingSave.File? {
    guard !isAnonymisation else { return nil }
    let added = Self.addedCodings(in: edit).filter { coding in
      guard let text = after.text(of: coding) else { return false }
      return TextFingerprint(of: text) != coding.fingerprint
    }
    guard !added.isEmpty else { return nil }
    let relative = ProjectLayout.review
    let text = try existing(relative) ?? ""
    var notes: [ReviewNote] = []
    if !text.isEmpty {
      do { notes = try ReviewFile.decode(text, path: folder.displayPath(relative)) } catch {
        throw StoreError.unparseable([error])
      }
    }
    let noted = Set(notes.map { NoteIdentity(key: $0.key, fingerprint: $0.fingerprint) })
    let removed = Self.removedCodings(in: edit)
    let revision = Self.replacedTexts(in: edit).first.map {
      ProjectLayout.revisionName($0.id, number: folder.nextRevisionNumber(of: $0.id))
    }
    let lines = added.filter {
      !noted.contains(NoteIdentity(key: $0.key, fingerprint: $0.fingerprint))
    }.map { coding in
      let old = removed.first {
        $0.coder == coding.coder && $0.code == coding.code && $0.fingerprint == coding.fingerprint
          && $0.transcript == coding.transcript
      }
      return ReviewFile.encodeLine(
        ReviewNote(
          key: coding.key, fingerprint: coding.fingerprint, oldRange: old?.range ?? coding.range,
          oldText: old.flatMap(before.text(of:)) ?? "", revision: revision ?? "-",
          time: entry.time))
    }
    guard !lines.isEmpty else { return nil }
    let start = text.isEmpty ? ReviewFile.formatLine + "\n" : text
    return PendingSave.File(path: relative, content: Self.appending(lines, to: start))
  }

  private struct NoteIdentity: Hashable {
    var key: Coding.Key
    var fingerprint: TextFingerprint
  }

  static func addedCodings(in edit: ProjectEdit) -> [Coding] {
    switch edit {
    case .addCoding(let coding), .replaceCoding(_, let coding): [coding]
    case .batch(let edits): edits.flatMap(addedCodings(in:))
    default: []
    }
  }

  static func removedCodings(in edit: ProjectEdit) -> [Coding] {
    switch edit {
    case .removeCoding(let coding), .replaceCoding(let coding, _): [coding]
    case .batch(let edits): edits.flatMap(removedCodings(in:))
    default: []
    }
  }
}
