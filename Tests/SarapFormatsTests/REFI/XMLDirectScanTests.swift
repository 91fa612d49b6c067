import Testing

@testable import SarapFormats

/// libxml2 read directly hands the check the events Foundation's `XMLParser` hands it, and
/// refuses whatever that parser would report.
@Suite("XML read by libxml2 directly: the same events as XMLReader, or a refusal")
struct XMLDirectScanTests {
  /// Every event, with character data joined within an element (parsers split it differently).
  final class Recorder: XMLEventSink {
    var events: [String] = []

    func start(_ name: String, attributes: [String: String], line: Int, column: Int) {
      let pairs = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      events.append("<\(name) \(pairs.joined(separator: " ")) @\(line):\(column)")
    }

    func end() { events.append(">") }

    func characters(_ text: String) {
      if let last = events.last, last.hasPrefix("text:") {
        events[events.count - 1] = last + text
      } else {
        events.append("text:" + text)
      }
    }
  }

  static let documents = [
    "<a/>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
      + "xmlns:x=\"urn:x\" name=\"Қазақ &amp; &#x4E2D;\" x:guid=\"g\" guid=\"h\">\n  <!-- note -->\n"
      + "  <?pi data?>\n  <x:Note a='1'\n     b=\"2\">text &lt;here&gt;<![CDATA[<raw> & ]]>more"
      + "</x:Note>\n\t<Empty/>\r\n</Project>\n",
    "<r>" + String(repeating: "<s k=\"v\">Ресей ықпалы зор.\n</s>", count: 5_000) + "</r>",
    "<r>\n" + String(repeating: "жұмсақ күш ", count: 400_000) + "\n</r>",
  ]

  @Test("well-formed documents: the same events, line and column", arguments: documents)
  func sameEvents(_ document: String) throws {
    let bytes = Array(document.utf8)
    let direct = Recorder()
    #expect(XMLDirectScan.scan(bytes, into: direct))
    let foundation = Recorder()
    try XMLReader.scan(bytes, path: "d.xml", into: foundation)
    #expect(direct.events == foundation.events)
    #expect(direct.events.count > 1)
  }

  @Test("an export of the fixture project: the same events")
  func export() throws {
    let bytes = REFIExport.project(REFIFixture.project(), guids: REFIGUIDs(), origin: "Sarap test")
      .package.projectBytes
    let direct = Recorder()
    #expect(XMLDirectScan.scan(bytes, into: direct))
    let foundation = Recorder()
    try XMLReader.scan(bytes, path: "project.qde", into: foundation)
    #expect(direct.events == foundation.events)
    #expect(direct.events.contains { $0.hasPrefix("<PlainTextSelection ") })
  }

  @Test(
    "what XMLReader refuses, or reads only with a warning, is refused",
    arguments: [
      "<Project>\n<a></Project>", "<a>", "", "<a/><b/>", "<a x=\"1\" x=\"2\"/>", "<a>&nope;</a>",
      "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "<p:a/>", "<a>\u{1}</a>",
      "<!doctype a><a/>", "<!DOCTYPE a SYSTEM \"a.dtd\"><a/>", "<a><!-- <!DOCTYPE --></a>",
      "<a><![CDATA[<!entity x]]></a>", "<a><?pi <!DOCTYPE ?></a>", "<a>\u{FFFE}</a>",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
      String(repeating: "<a>", count: InputLimits.deepestXMLNesting + 1)
        + String(repeating: "</a>", count: InputLimits.deepestXMLNesting + 1),
    ])
  func refused(_ document: String) {
    #expect(!XMLDirectScan.scan(Array(document.utf8), into: Recorder()))
  }

  /// Bytes that are not UTF-8 (overlong forms, surrogates, truncated sequences, values past
  /// U+10FFFF, stray continuation bytes) and UTF-16: refused by libxml2 itself, in text and in
  /// attribute values, as the precheck refuses them.
  @Test(
    "ill-formed UTF-8 anywhere is refused",
    arguments: [
      [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xE2, 0x82], [0x80], [0xFF], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ] as [[UInt8]])
  func illFormedUTF8(_ bad: [UInt8]) throws {
    let places: [(String, String)] = [
      ("<a>x", "y</a>"), ("<a b=\"x", "y\"/>"), ("<a><!--", "--></a>"),
    ]
    for (before, after) in places {
      let bytes = Array(before.utf8) + bad + Array(after.utf8)
      #expect(throws: ProjectFileError.self) { try XMLPrecheck.check(bytes, path: "d.xml") }
      #expect(!XMLDirectScan.scan(bytes, into: Recorder()), "\(bad) in \(before)")
    }
    let utf16: [UInt8] =
      [0xFF, 0xFE] + Array("<a/>".utf8).flatMap { byte -> [UInt8] in [byte, 0] }
    #expect(!XMLDirectScan.scan(utf16, into: Recorder()))
  }

  @Test("nesting up to the limit is read")
  func deepestNesting() {
    let depth = InputLimits.deepestXMLNesting
    let document =
      String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
    #expect(XMLDirectScan.scan(Array(document.utf8), into: Recorder()))
  }
}
