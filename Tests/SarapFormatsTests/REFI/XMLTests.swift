import SarapTestSupport
import Testing

@testable import SarapFormats

@Suite("XML writer and safe reader")
struct XMLTests {
  @Test("text and attributes come back exactly, markup characters and line breaks included")
  func escapingRoundTrip() throws {
    let tricky = "a < b & c > d \"quoted\" 'single'\n\ttab\r\nCRLF Ресей 🇰🇿"
    var xml = XMLWriter()
    xml.element("Root", ["first": "1", "value": tricky, "skipped": nil]) { xml in
      xml.element("Child", text: tricky)
    }
    let root = try XMLReader.parse(Array(xml.text.utf8), path: "t.xml")
    #expect(root["value"] == tricky)
    #expect(root.child("Child")?.text == tricky)
    #expect(root["skipped"] == nil)
    #expect(xml.text.contains("<Root first=\"1\" value="), "attributes keep their order")
  }

  @Test("an element with no content is written empty, children indented two spaces")
  func layout() {
    var xml = XMLWriter()
    xml.element("A") { xml in
      xml.element("B", ["x": "1"])
      xml.element("C") { _ in }
    }
    #expect(
      xml.text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <A>
          <B x="1"/>
          <C/>
        </A>

        """)
  }

  @Test("characters XML cannot carry are written as U+FFFD, and the document still parses")
  func unrepresentable() throws {
    var xml = XMLWriter()
    xml.element("A", ["v": "x\u{1}y"], text: "bell\u{7}\u{FFFE}")
    let root = try XMLReader.parse(Array(xml.text.utf8), path: "t.xml")
    #expect(root["v"] == "x\u{FFFD}y")
    #expect(root.text == "bell\u{FFFD}\u{FFFD}")
  }

  @Test("the writer's byte-level escaping gives exactly what XMLEscaping gives")
  func byteEscapingAgrees() {
    var samples = [
      "", "plain", "a<b>&c\"d'e", "\r\n\t\u{0}\u{1F}\u{7F}", "\u{FFFE}\u{FFFF}\u{FFFD}\u{FFEF}",
      "\u{F000}\u{FFBE}\u{EFBF}", "Ресей 🇰🇿 әғқ", "end\u{FFFF}",
    ]
    let pieces = [
      "a", "&", "<", ">", "\"", "\t", "\n", "\r", "\u{1}", "\u{FFFE}", "\u{FFFF}", "қ", "\u{FF0F}",
    ]
    var random = SeededGenerator(seed: 7)
    for _ in 0..<200 {
      samples.append((0..<12).map { _ in pieces.randomElement(using: &random)! }.joined())
    }
    for sample in samples {
      var text: [UInt8] = []
      var attribute: [UInt8] = []
      XMLEscaping.append(sample, inAttribute: false, to: &text)
      XMLEscaping.append(sample, inAttribute: true, to: &attribute)
      #expect(text == Array(XMLEscaping.text(sample).utf8), "\(sample.debugDescription)")
      #expect(attribute == Array(XMLEscaping.attribute(sample).utf8), "\(sample.debugDescription)")
    }
  }

  @Test(
    "documents with a DTD or entity declaration are refused wherever it hides",
    arguments: [
      "<!DOCTYPE a><a/>", "<!doctype a SYSTEM \"file:///etc/passwd\"><a/>",
      "<a><!-- <!ENTITY x \"y\"> --></a>", "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n]><a/>",
    ])
  func dtdRefused(_ document: String) {
    #expect {
      try XMLReader.parse(Array(document.utf8), path: "d.xml")
    } throws: { error in
      "\(error)".hasPrefix("d.xml:") && "\(error)".contains("DTD")
    }
  }

  @Test("a UTF-16 document, another declared encoding, or invalid UTF-8 is refused")
  func encodings() {
    let utf16: [UInt8] = [0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00, 0x2F, 0x00, 0x3E, 0x00]
    #expect(throws: ProjectFileError.self) { try XMLReader.parse(utf16, path: "u.xml") }
    let latin = Array("<?xml version=\"1.0\" encoding=\"UTF-7\"?><a/>".utf8)
    #expect(throws: ProjectFileError.self) { try XMLReader.parse(latin, path: "u.xml") }
    let invalid = Array("<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
    #expect {
      try XMLReader.parse(invalid, path: "u.xml")
    } throws: { "\($0)".hasPrefix("u.xml:1:4:") }
  }

  @Test("malformed XML is an error naming the file, line and column")
  func malformed() {
    #expect {
      try XMLReader.parse(Array("<a>\n  <b></a>".utf8), path: "m.xml")
    } throws: { error in
      guard let error = error as? ProjectFileError else { return false }
      return error.path == "m.xml" && error.line == 2 && error.message.hasPrefix("malformed XML")
    }
  }

  @Test("a mismatched end tag is reported where it is, in Sarap's words, not at the document end")
  func mismatchedEndTag() {
    // Line 132 holds the error; 99 more lines follow it (the parser's final position is line 232).
    var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<Project name=\"Сарап\">"]
    lines += (3...131).map { "  <Note name=\"n\($0)\">Ресей ықпалы зор</Note>" }
    lines.append("  <Note name=\"Ресей\">ықпалы</Nte>")
    lines += (133...231).map { "  <Note name=\"n\($0)\">Қытай</Note>" }
    lines.append("</Project>")
    #expect {
      try XMLReader.parse(Array(lines.joined(separator: "\n").utf8), path: "project.qde")
    } throws: { error in
      "\(error)"
        == "project.qde:132:28: malformed XML: </Nte> does not close the open element <Note> "
        + "(opened on line 132)"
    }
  }

  @Test("an unclosed element, an unknown entity and a bare '&' each get their own message")
  func otherErrors() {
    let cases: [(String, String)] = [
      (
        "<a>\n  <b>\n",
        "m.xml:3:1: malformed XML: the document ends before <b> (opened on line 2) is closed"
      ),
      (
        "<a>\n&foo;</a>",
        "m.xml:2:6: malformed XML: an unknown entity reference (XML knows &amp; &lt; &gt; &quot; &apos; and &#…; only)"
      ),
      (
        "<a>Ресей & Қытай</a>",
        "m.xml:1:11: malformed XML: a '<' or '&' that starts no tag or reference (write &lt; or &amp; in text)"
      ),
      ("<a/>\n<b/>", "m.xml:2:1: malformed XML: content after the end of the root element"),
    ]
    for (xml, expected) in cases {
      #expect(throws: ProjectFileError.self) { try XMLReader.parse(Array(xml.utf8), path: "m.xml") }
      do {
        _ = try XMLReader.parse(Array(xml.utf8), path: "m.xml")
      } catch {
        #expect("\(error)" == expected)
      }
    }
  }

  @Test("namespaces are processed: element names are local names")
  func localNames() throws {
    let root = try XMLReader.parse(
      Array("<q:Project xmlns:q=\"urn:QDA-XML:project:1.0\"><q:Users/></q:Project>".utf8),
      path: "n.xml")
    #expect(root.name == "Project")
    #expect(root.child("Users") != nil)
  }

  @Test("a document over 10 MB parses (libxml2 refuses such a document given as one chunk)")
  func largeDocument() throws {
    var xml = XMLWriter()
    let text = String(repeating: "Ресей ықпалы зор. ", count: 40)
    xml.element("Root") { xml in
      for index in 0..<8_500 { xml.element("Item", ["n": "\(index)"], text: text) }
    }
    let bytes = Array(xml.text.utf8)
    #expect(bytes.count > 10_000_000)
    let root = try XMLReader.parse(bytes, path: "big.xml")
    #expect(root.children.count == 8_500)
    #expect(root.children.last?.text == text)
  }
}

@Suite("Selection names")
struct SelectionNameTests {
  @Test("the whitespace list agrees with Unicode's White_Space property")
  func whitespace() {
    for value in UInt32(0)...0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let collapsed = SelectionName.collapsed(["a", scalar, "b"])
      #expect((collapsed == ["a", " ", "b"]) == scalar.properties.isWhitespace, "U+\(value)")
    }
  }

  @Test(
    "names match their text exactly, with whitespace collapsed, or as a prefix with an ellipsis")
  func matching() {
    #expect(SelectionName.matches("Ресей ықпалы", "Ресей ықпалы"))
    #expect(SelectionName.matches("Ресей  ықпалы\n", "Ресей\r\nықпалы"))
    #expect(SelectionName.matches("Ресей ық…", "Ресей ықпалы зор"))
    #expect(SelectionName.matches("Рес...", "Ресей ықпалы зор"))
    #expect(!SelectionName.matches("Ресей ықпалы", "Ресей ықпал"))
    #expect(!SelectionName.matches("Quotation 3", "Ресей ықпалы"))
  }
}
