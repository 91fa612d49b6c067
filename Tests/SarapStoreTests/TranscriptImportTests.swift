import Foundation
import SarapCore
import SarapFormats
import Testing
import ZIPFoundation

@testable import SarapStore

@Suite("Importing transcripts")
struct TranscriptImportTests {
  static func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  @Test("a UTF-8 file with a BOM and CRLF becomes LF text without the BOM, NFC-normalised")
  func utf8BOMAndCRLF() throws {
    let decomposed = "и\u{0306}"  // й decomposed
    let url = try Self.file(
      "R 16 (draft).txt", [0xEF, 0xBB, 0xBF] + Array("I: Сәлем\r\nR16: \(decomposed)\r\n".utf8))
    let transcript = try TranscriptImport.transcript(from: url)
    #expect(transcript.id == "R-16--draft-")
    #expect(transcript.title == "R 16 (draft)")
    #expect(transcript.body.string == "I: Сәлем\nR16: й\n")
    #expect(transcript.body.string.unicodeScalars.contains("\u{0439}"))
    #expect(transcript.attributes.isEmpty)
  }

  @Test("UTF-16 with a byte order mark is converted", arguments: [false, true])
  func utf16(bigEndian: Bool) throws {
    let text = "R01: Ресей\n"
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    let url = try Self.file("t.md", bytes)
    #expect(try TranscriptImport.text(of: url) == text)
  }

  @Test("invalid UTF-8 is refused naming the file and the byte offset")
  func invalidUTF8() throws {
    let url = try Self.file("bad.txt", Array("ab\nсә".utf8) + [0xFF] + Array("x".utf8))
    #expect(
      throws: StoreError.importRefused(
        ProjectFileError(
          path: url.path, line: 2, column: 3, message: "invalid UTF-8 at byte offset 7"))
    ) {
      _ = try TranscriptImport.text(of: url)
    }
  }

  @Test("NUL bytes and empty files are refused")
  func nulAndEmpty() throws {
    let nul = try Self.file("nul.txt", [0x61, 0x00, 0x62])
    #expect {
      _ = try TranscriptImport.text(of: nul)
    } throws: { error in
      "\(error)".contains("NUL byte at byte offset 1")
    }
    let empty = try Self.file("empty.txt", Array(" \n".utf8))
    #expect {
      _ = try TranscriptImport.text(of: empty)
    } throws: { error in
      "\(error)".hasSuffix("empty.txt:1:1: the file has no text")
    }
  }

  @Test("a Word document's paragraphs become lines, with tabs and breaks")
  func docx() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:body>
      <w:p><w:r><w:t>I: Сұрақ</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> бір</w:t></w:r></w:p>
      <w:p/>
      <w:p><w:r><w:t>R01: жауап &amp; </w:t><w:br/><w:t>екінші</w:t></w:r></w:p>
      </w:body></w:document>
      """
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-docx-\(UUID().uuidString).docx")
    let archive = try Archive(url: url, accessMode: .create)
    let data = Data(xml.utf8)
    try archive.addEntry(
      with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count),
      compressionMethod: .deflate
    ) { position, size in
      data.subdata(in: Int(position)..<Int(position) + size)
    }
    #expect(try TranscriptImport.text(of: url) == "I: Сұрақ\t бір\n\nR01: жауап & \nекінші\n")
    let notZip = try Self.file("fake.docx", Array("hello".utf8))
    #expect {
      _ = try TranscriptImport.text(of: notZip)
    } throws: { error in
      "\(error)".hasSuffix("fake.docx:1:1: not a Word document (not a zip archive)")
    }
  }
}
