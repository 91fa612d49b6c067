import Foundation
import SarapCore
import SarapFormats

extension ProjectSession {
  /// The new version of the codings file of an edit that adds or removes one coding, made by
  /// splicing its line into the bytes on disk (``CodingsFile/splice(_:coder:codings:change:)``);
  /// nil for any other edit, a file that does not exist yet, or one the splice declines (then the
  /// file is encoded whole).
  ///
  /// `versions` are the files as read just before the save and checked to be the versions this
  /// session holds, so the codings in ``project`` are exactly those the bytes hold.
  func splicedCodings(for edit: ProjectEdit, into versions: [String: [UInt8]?])
    -> PendingSave.File?
  {
    let change: CodingsFile.LineChange
    let coder: Coder.ID
    switch edit {
    case .addCoding(let coding):
      change = .insert(coding)
      coder = coding.coder
    case .removeCoding(let coding):
      change = .remove(coding)
      coder = coding.coder
    default: return nil
    }
    guard let path = codingsFiles[coder], let version = versions[path], let bytes = version,
      let spliced = CodingsFile.splice(
        bytes, coder: coder, codings: project.codings, change: change)
    else { return nil }
    return PendingSave.File(path: path, content: String(decoding: spliced, as: UTF8.self))
  }
}
