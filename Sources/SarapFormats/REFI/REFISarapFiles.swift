import SarapCore

/// The files Sarap adds to its `.qdpx` archives under `sarap/`, beside `project.qde`, for what
/// REFI-QDA has no element for: the code ids, the interview guide, the claims ledger and the
/// research journal.
///
/// The project schema allows no extension elements or attributes (it has no `xs:any`), and
/// putting ids or questions into `Description`s would show them to users of other tools as text.
/// Other tools read `project.qde` and `sources/` only, so they pass over a folder of their own.
/// An import reads these files only from an archive whose `origin` names Sarap.
public enum REFISarapFiles {
  /// The folder inside the archive.
  public static let folder = "sarap"
  /// The code ids by GUID, in the `sarap-refi-ids 1` format of `Codebooks/refi-ids.txt` (code
  /// lines only).
  public static let codeIDs = "code-ids.txt"
  /// The interview guide, in the `sarap-guide 1` format of `Codebooks/guide.txt`.
  public static let guide = "guide.txt"
  /// The claims ledger, in the `sarap-claims 1` format of `Codebooks/claims.txt`.
  public static let claims = "claims.txt"
  /// The research journal, in the `sarap-journal 1` format of `Codebooks/journal.txt`.
  public static let journal = "journal.txt"

  /// The files for a project (the guide, claims and journal files only when there is something
  /// in them).
  static func files(for project: Project, guids: REFIGUIDs) -> [REFIPackage.SarapFile] {
    var codes = REFIGUIDs()
    for code in project.codebook.codes {
      if let guid = guids[.code, code.id.rawValue] {
        codes.record(guid, for: .code, code.id.rawValue)
      }
    }
    var files = [REFIPackage.SarapFile(name: codeIDs, text: REFIGUIDsFile.encode(codes))]
    if !project.guide.revisions.isEmpty {
      files.append(REFIPackage.SarapFile(name: guide, text: GuideFile.encode(project.guide)))
    }
    if !project.claims.claims.isEmpty || !project.claims.quantifiers.isEmpty {
      files.append(REFIPackage.SarapFile(name: claims, text: ClaimsFile.encode(project.claims)))
    }
    if !project.journal.isEmpty {
      files.append(REFIPackage.SarapFile(name: journal, text: JournalFile.encode(project.journal)))
    }
    return files
  }

  /// What Sarap's own files in an archive say; nil fields when a file is absent or unreadable.
  struct Contents {
    /// The Sarap code id of each code GUID.
    var codeIDs: [GUID: Code.ID] = [:]
    /// The interview guide.
    var guide: Guide?
    /// The claims ledger.
    var claims: ClaimLedger?
    /// The research journal.
    var journal: Journal?
  }

  /// Reads Sarap's files; one that does not decode is reported (with its line and column) and
  /// left out, so the import falls back to what `project.qde` holds.
  static func read(_ files: [String: [UInt8]], report: inout REFIReport) -> Contents {
    var contents = Contents()
    if let bytes = files[codeIDs] {
      do {
        let ids = try REFIGUIDsFile.decode(text(bytes), path: "\(folder)/\(codeIDs)")
        for (key, guid) in ids.sorted where key.kind == .code {
          contents.codeIDs[guid] = Code.ID(key.id)
        }
      } catch {
        report.add(
          .changed, place(error), "\(error.message); code ids are made from code names instead")
      }
    }
    if let bytes = files[guide] {
      do {
        contents.guide = try GuideFile.decode(text(bytes), path: "\(folder)/\(guide)")
      } catch {
        report.add(.changed, place(error), "\(error.message); the interview guide is not read")
      }
    }
    if let bytes = files[claims] {
      do {
        let ledger = try ClaimsFile.decode(text(bytes), path: "\(folder)/\(claims)")
        contents.claims = ledger
        report.add(
          .info, "\(folder)/\(claims)",
          "claims ledger read (\(ledger.claims.count) \(ledger.claims.count == 1 ? "claim" : "claims"))"
        )
      } catch {
        report.add(.lost, place(error), "\(error.message); the claims ledger is not read")
      }
    }
    if let bytes = files[journal] {
      do {
        let read = try JournalFile.decode(text(bytes), path: "\(folder)/\(journal)")
        contents.journal = read
        let count = read.entries.count
        report.add(
          .info, "\(folder)/\(journal)",
          "research journal read (\(count) \(count == 1 ? "entry" : "entries"))")
      } catch {
        report.add(.lost, place(error), "\(error.message); the research journal is not read")
      }
    }
    return contents
  }

  private static func place(_ error: ProjectFileError) -> String {
    "\(error.path):\(error.line):\(error.column)"
  }

  private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
