import Foundation
import SarapCore
import SarapEngine
import SarapFormats

/// Writes an anonymised copy of a project to share: the project files as they are now (after
/// `sarap anonymise apply`), the codebook history and REFI ids, and the ethics report; no key,
/// no undo history, no kept transcript revisions or review notes (their old texts may hold
/// originals), and of the always/never list only the `never` terms (`always` terms are
/// originals).
///
/// Before anything is written the current texts are checked for accepted originals; after, every
/// byte of every file written is searched for every original the key holds (but short numbers,
/// see ``searchable(_:)``), and a copy that still holds one is removed and refused, naming the
/// file, line and column.
public enum AnonymisedExport {
  /// Writes the copy at `url` (which must not exist, or be an empty folder); returns the
  /// relative paths of the files written.
  public static func write(
    _ project: Project, from folder: ProjectFolder, key: AnonymisationKey, report: String,
    to url: URL
  ) throws(StoreError) -> [String] {
    let kept = keptSomewhere(key)
    let originals = searchable(
      Set(key.accepted.map(\.text) + key.applied.map(\.original)).subtracting(kept))
    try checkApplied(project, originals: originals, key: key)
    var extra = [ProjectLayout.anonymisationReport: report]
    let list = try AnonymisationFiles.list(in: folder)
    if !list.never.isEmpty {
      extra[ProjectLayout.anonymisationList] = AnonymisationListFile.encode(
        AnonymisationList(never: list.never))
    }
    for relative in [ProjectLayout.codebookHistory, ProjectLayout.refiGUIDs] {
      guard let bytes = try FileReader.bytes(at: folder.layout.url(relative)) else { continue }
      do {
        extra[relative] = try ProjectText.decode(bytes, path: folder.displayPath(relative))
      } catch {
        throw StoreError.unparseable([error])
      }
    }
    try NewProjectFolder.create(at: url, project: project, extraFiles: extra)
    let files = Self.files(under: url)
    let leaks = files.flatMap { relative in
      Self.occurrences(of: originals, in: url.appendingPathComponent(relative), path: relative)
    }
    guard leaks.isEmpty else {
      try? FileManager.default.removeItem(at: url)
      throw StoreError.io(
        path: url.path, operation: "export an anonymised copy to",
        message: "an original is still written in " + leaks.prefix(10).joined(separator: ", ")
          + " (a memo, a title, an attribute or the codebook; change it and export again)")
    }
    return files
  }

  /// The originals worth a byte search: those with a letter, or of six characters or more.
  ///
  /// A
  /// short number (an age, years of service) occurs in any file's times and offsets; it
  /// identifies no one without the words around it, which the transcripts no longer hold.
  static func searchable(_ originals: Set<String>) -> Set<String> {
    originals.filter { original in
      original.contains(where: \.isLetter) || original.count >= 6
    }
  }

  /// The texts split between transcripts and kept or rejected in some: they stay written
  /// there, so the byte search cannot look for them (``checkApplied(_:originals:key:)`` checks
  /// each transcript instead).
  static func keptSomewhere(_ key: AnonymisationKey) -> Set<String> {
    Set(
      key.entries.filter { entry in
        guard key.isSplit(entry.text), case .accept = entry.decision else {
          return key.isSplit(entry.text)
        }
        return false
      }.map(\.text))
  }

  /// Refuses a project whose texts still hold an accepted original (apply first), or a split
  /// text that occurs where no decision covers it.
  private static func checkApplied(
    _ project: Project, originals: Set<String>, key: AnonymisationKey
  ) throws(StoreError) {
    for transcript in project.transcripts {
      for (text, pseudonym, _) in key.accepted(in: transcript.id)
      where TermOccurrences.contains(text, in: transcript.body.scalars) {
        throw StoreError.io(
          path: ProjectLayout.transcript(transcript.id), operation: "export",
          message: "the text accepted as \(pseudonym) still occurs; run 'sarap anonymise apply'")
      }
      for (text, pseudonym, _) in key.accepted
      where key.isSplit(text) && key.entry(for: text, in: transcript.id) == nil
        && TermOccurrences.contains(text, in: transcript.body.scalars)
      {
        throw StoreError.io(
          path: ProjectLayout.transcript(transcript.id), operation: "export",
          message: "the text accepted as \(pseudonym) elsewhere has no decision here; "
            + "decide it for \(transcript.id) (accept, keep or reject with --transcript)")
      }
    }
  }

  /// Every regular file under a folder, relative, sorted.
  static func files(under url: URL) -> [String] {
    let root = url.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(atPath: root)
    var files: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      let path = root + "/" + relative
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        files.append(relative)
      }
    }
    return files.sorted()
  }

  /// `path:line:col` of every byte occurrence of each text in a file.
  static func occurrences(of texts: Set<String>, in url: URL, path: String) -> [String] {
    guard let data = try? Data(contentsOf: url) else { return ["\(path) (unreadable)"] }
    var found: [String] = []
    for text in texts.sorted() {
      var searchRange = data.startIndex..<data.endIndex
      while let hit = data.range(of: Data(text.utf8), in: searchRange) {
        let before = data[data.startIndex..<hit.lowerBound]
        let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? data.startIndex
        let column =
          String(decoding: data[lineStart..<hit.lowerBound], as: UTF8.self)
          .unicodeScalars.count + 1
        found.append("\(path):\(line):\(column)")
        searchRange = hit.upperBound..<data.endIndex
      }
    }
    return found
  }
}
