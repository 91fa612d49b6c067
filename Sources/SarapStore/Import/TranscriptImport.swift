import Foundation
import SarapCore
import SarapFormats
import ZIPFoundation

/// Brings a researcher's own transcript file (`.txt`, `.md` or `.docx`) into a project.
///
/// The text is checked and normalised by ``ImportedText`` (UTF-8 or UTF-16 with a BOM, LF line
/// endings, NFC); a Word document's paragraphs become lines. The new transcript's id comes from
/// the file name; its header holds the title and no attributes (all unknown until recorded).
public enum TranscriptImport {
  /// The file extensions that can be imported.
  public static let extensions: Set<String> = ["txt", "md", "docx"]

  /// The largest document text read from a `.docx` (guards against zip bombs).
  static let maximumDocumentBytes = 64 << 20

  /// Reads a file into a new transcript; `id` overrides the id derived from the file name.
  public static func transcript(from url: URL, id: Transcript.ID? = nil) throws(StoreError)
    -> Transcript
  {
    let stem = url.deletingPathExtension().lastPathComponent
    let body = try text(of: url)
    return Transcript(
      id: id ?? self.id(forFileName: stem), title: stem, interviewer: "I",
      memo: "Imported from \(url.lastPathComponent).", body: TranscriptText(body))
  }

  /// An id made from a file name: letters, digits, `-`, `_` and `.` kept, anything else `-`.
  public static func id(forFileName name: String) -> Transcript.ID {
    Transcript.ID(ProjectLayout.codingsStem(for: Coder.ID(name)))
  }

  /// The normalised text of a `.txt`, `.md` or `.docx` file.
  public static func text(of url: URL) throws(StoreError) -> String {
    let kind = url.pathExtension.lowercased()
    guard extensions.contains(kind) else {
      throw StoreError.importRefused(
        ProjectFileError(
          path: url.path, line: 1, column: 1,
          message: "cannot import '.\(kind)' files (use .txt, .md or .docx)"))
    }
    guard let bytes = try FileReader.bytes(at: url) else {
      throw StoreError.io(path: url.path, operation: "read", message: "no such file")
    }
    do throws(ProjectFileError) {
      if kind == "docx" {
        let xml = try documentXML(of: url)
        return try ImportedText.normalise(
          try DocxText.text(ofDocumentXML: xml, path: url.path + "#word/document.xml"),
          path: url.path)
      }
      return try ImportedText.decode(bytes, path: url.path)
    } catch {
      throw StoreError.importRefused(error)
    }
  }

  private static func documentXML(of url: URL) throws(ProjectFileError) -> [UInt8] {
    let refuse = { (why: String) in
      ProjectFileError(path: url.path, line: 1, column: 1, message: why)
    }
    let archive: Archive
    do { archive = try Archive(url: url, accessMode: .read) } catch {
      throw refuse("not a Word document (not a zip archive)")
    }
    guard let entry = archive["word/document.xml"] else {
      throw refuse("not a Word document (no word/document.xml inside)")
    }
    var bytes: [UInt8] = []
    do {
      _ = try archive.extract(entry) { chunk in
        bytes.append(contentsOf: chunk)
        if bytes.count > maximumDocumentBytes { throw CocoaError(.fileReadTooLarge) }
      }
    } catch {
      throw refuse("cannot read word/document.xml (damaged, or larger than 64 MiB)")
    }
    return bytes
  }
}
