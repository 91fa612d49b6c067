/// Small `.qdpx` archives in the dialects real tools write, hand-written from the REFI-QDA 1.5
/// standard and the deviations listed in `docs/refi-qda.md` ("What real files look like").
enum REFIDialectFixtures {
  static let user = "0a5e1c2d-0000-4000-8000-000000000001"
  static let theme = "0a5e1c2d-0000-4000-8000-000000000010"
  static let code = "0a5e1c2d-0000-4000-8000-000000000011"
  static let other = "0a5e1c2d-0000-4000-8000-000000000012"
  static let source = "0a5e1c2d-0000-4000-8000-000000000020"
  static let note = "0a5e1c2d-0000-4000-8000-000000000030"

  /// A project document with a two-level codebook, one user and one text source whose
  /// selections are given.
  static func project(
    name: String = "Study", origin: String = "Other tool", selections: String,
    sourcePath: String = "internal://\(source).txt", extra: String = "", codeExtra: String = ""
  ) -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <Project xmlns="urn:QDA-XML:project:1.0" name="\(name)" origin="\(origin)">
      <Users><User guid="\(user)" name="Айгүл Сәрсен"/></Users>
      <CodeBook>
        <Codes>
          <Code guid="\(theme)" name="Foreign actors" isCodable="false" color="#336699">
            <Code guid="\(code)" name="Russia" isCodable="true" color="#C39">
              <Description>Apply when Russia is named.</Description>\(codeExtra)
            </Code>
            <Code guid="\(other)" name="China" isCodable="true"/>
          </Code>
        </Codes>
      </CodeBook>
      <Sources>
        <TextSource guid="\(source)" name="Interview 1.txt" plainTextPath="\(sourcePath)">
    \(selections)
        </TextSource>
      </Sources>\(extra)
    </Project>
    """
  }

  /// A selection coded with Russia by the user.
  static func selection(
    _ guid: Int, _ start: Int, _ end: Int, name: String?, code: String = code, inside: String = ""
  ) -> String {
    let nameAttribute = name.map { " name=\"\($0)\"" } ?? ""
    return """
          <PlainTextSelection guid="0a5e1c2d-0000-4000-8000-0000000001\(String(format2: guid))"\
      \(nameAttribute) startPosition="\(start)" endPosition="\(end)" creatingUser="\(user)" \
      creationDateTime="2024-03-01T10:15:00">\(inside)
            <Coding guid="0a5e1c2d-0000-4000-8000-0000000002\(String(format2: guid))" \
      creatingUser="\(user)"><CodeRef targetGUID="\(code)"/></Coding>
          </PlainTextSelection>
      """
  }

  /// The interview text (Kazakh, with CRLF where asked).
  static func text(lineBreak: String = "\n") -> String {
    ["R1: Ресей ықпалы зор.", "", "R1: Қытай да бар."].joined(separator: lineBreak) + lineBreak
  }
}

extension String {
  /// Two decimal digits.
  init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value % 100)" }
}
