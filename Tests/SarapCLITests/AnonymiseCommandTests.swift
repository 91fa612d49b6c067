import Foundation
import SarapCore
import SarapStore
import SarapTestSupport
import Testing

/// `sarap anonymise` on a copy of the INVENTED fixture `Tests/Fixtures/synthetic-anonymisation`.
@Suite("The sarap command line: anonymise scan, accept, keep, apply, export, report")
struct AnonymiseCommandTests {
  static let fixture = Repository.url("Tests/Fixtures/synthetic-anonymisation")

  /// Every identifier planted in the fixture, as the scan shows it, in text order.
  static let planted = [
    "Ерболат Сағынтайұлы", "47", "Алматы", "Ақшатырқұм", "Қарағанды",
    "Ақжелкен Ұлттық Зерттеу Институтында", "18", "министрдің орынбасары", "ректор",
    "Д. Құлмағамбетова", "erbolat.s@akzhelken-example.kz", "+7 701 555 12 34",
    "2019 жылғы 14 наурыз", "«Айдарлы» қорының", "Гульнара Тимуровна Жаксыбекова", "52",
    "Павлодаре", "Астане", "25", "Институте прикладной лингвистики", "заместителем министра",
    "Петров Е.К.", "g.zhaksybekova@example.org", "8 (727) 355-12-34", "3 марта 2022",
    "Daniyar Oskenbayev", "39", "Shymkent", "12", "Ministry of Steppe Affairs", "deputy minister",
    "Tenir Steppe Foundation", "University of Zhelkuat", "rector", "A. Beisenova",
    "d.oskenbayev@example.com", "+7 727 300 40 50", "March 12, 2021", "dakesh",
  ]

  /// Parts of the planted originals a byte search must not find once they are replaced
  /// (`Shymkent` is kept as not identifying; short numbers occur in any file's times).
  static let originals = [
    "Ерболат", "Сағынтайұлы", "Ақшатырқұм", "Ақжелкен", "Құлмағамбетова", "akzhelken", "Айдарлы",
    "Гульнара", "Жаксыбекова", "Павлодар", "Астане", "прикладной лингвистики", "Петров",
    "zhaksybekova", "Daniyar", "Oskenbay", "Tenir", "Zhelkuat", "Beisenova", "dakesh",
    "Қарағанды", "Алматы", "701 555 12 34", "355-12-34", "300 40 50", "Steppe Affairs",
  ]

  /// A fresh copy of the fixture: the folder holding it and the project folder.
  static func copy() throws -> (TemporaryFolder, URL) {
    let folder = try TemporaryFolder()
    let project = folder.url.appendingPathComponent("p")
    try FileManager.default.copyItem(at: fixture, to: project)
    return (folder, project)
  }

  /// The scan's candidate texts, in order.
  static func scanned(_ project: URL) throws -> [String] {
    try SarapBinary.run(["anonymise", "scan"], in: project).check().stdout
      .split(separator: "\n").dropLast().map { String($0.split(separator: "\t")[4]) }
  }

  /// Accepts every planted identifier but `Shymkent` (kept), one with a chosen pseudonym.
  static func decide(_ project: URL) throws {
    for text in Set(planted) {
      switch text {
      case "Shymkent": try SarapBinary.run(["anonymise", "keep", text], in: project).check()
      case "Гульнара Тимуровна Жаксыбекова":
        try SarapBinary.run(["anonymise", "accept", text, "--as", "[АДАМ-A02]"], in: project)
          .check()
      default: try SarapBinary.run(["anonymise", "accept", text], in: project).check()
      }
    }
  }

  /// Files under a folder whose bytes hold one of the texts, as `path: text`.
  static func holders(of texts: [String], under url: URL, skipping: Set<String> = [])
    throws -> [String]
  {
    let paths = FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []
    var found: [String] = []
    for path in paths.sorted() where !skipping.contains(path) {
      var isFolder: ObjCBool = false
      let file = url.appendingPathComponent(path)
      guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      let data = try Data(contentsOf: file)
      for text in texts where data.range(of: Data(text.utf8)) != nil {
        found.append("\(path): \(text)")
      }
    }
    return found
  }

  @Test("the scan finds every planted identifier and nothing else; a never term is dropped")
  func scan() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    #expect(
      try Self.scanned(project)
        == Self.planted.enumerated().flatMap { index, text in
          // Ерболат Сағынтайұлы is planted twice in A01.
          index == 14 ? ["Ерболат Сағынтайұлы", text] : [text]
        })
    let undecided = try SarapBinary.run(["anonymise", "scan", "--transcript", "A03"], in: project)
      .check().stdout
    #expect(undecided.contains("A03\t52-70\tperson\tsurname\tDaniyar Oskenbayev\tsuggest [АДАМ-1]"))
    #expect(!undecided.contains("Reading Club"))
  }

  @Test(
    "apply keeps every coding on the right text (read back from a .qdpx export); undo restores the bytes"
  )
  func applyAndUndo() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    let before = try Self.snapshot(project)
    try Self.decide(project)
    let applied = try SarapBinary.run(["anonymise", "apply"], in: project).check().stdout
    #expect(applied.contains("anonymised A01: 15 replacement(s); codings: 4 now cover a pseudonym"))
    #expect(try SarapBinary.run(["check"], in: project).status == 0)
    #expect(try Self.scanned(project) == ["Shymkent"])
    try SarapBinary.run(["export", "qdpx", "../x.qdpx"], in: project).check()
    let codings = try FigureCommandTests.tool(
      ["python3", "-c", Self.qdpxCodings, "x.qdpx"], in: folder.url
    ).stdout
    let a02 = "[АДАМ-A02]"
    #expect(
      codings.split(separator: "\n").map(String.init) == [
        "A01\tBackground\tӨзіңіз туралы айтып беріңізші.",
        "A01\tBackground\tМенің атым \(try Self.pseudonym("Ерболат Сағынтайұлы", project)), мен "
          + "\(try Self.pseudonym("47", project)) жастамын.",
        "A01\tWork\tМен \(try Self.pseudonym("Ақжелкен Ұлттық Зерттеу Институтында", project)) "
          + "\(try Self.pseudonym("18", project)) жыл жұмыс істедім",
        "A01\tContact\t\(try Self.pseudonym("erbolat.s@akzhelken-example.kz", project))",
        "A01\tFunding\t\(try Self.pseudonym("«Айдарлы» қорының", project)) гранты бойынша",
        "A02\tBackground\tМеня зовут \(a02), мне \(try Self.pseudonym("52", project)) года.",
        "A02\tWork\tСтаж \(try Self.pseudonym("25", project)) лет, работаю в "
          + "\(try Self.pseudonym("Институте прикладной лингвистики", project))",
        "A03\tContact\t\(try Self.pseudonym("Daniyar Oskenbayev", project))",
        "A03\tWork\tI have \(try Self.pseudonym("12", project)) years of experience at the "
          + "\(try Self.pseudonym("Ministry of Steppe Affairs", project))",
        "A03\tFunding\tThe \(try Self.pseudonym("Tenir Steppe Foundation", project)) funded us",
      ])
    // Nothing shared holds an original: only the key and the undo history (local), the
    // project's own list (its `always` term is one, which docs/anonymisation.md warns about)
    // and the fixture's README (which describes the fixture) do.
    #expect(
      try Self.holders(
        of: Self.originals, under: project,
        skipping: [
          ".sarap/anonymisation-key.txt", ".sarap/history", "Codebooks/anonymisation.txt",
          "README.md",
        ]
      ) == [])
    try SarapBinary.run(["undo"], in: project).check()
    let after = try Self.snapshot(project)
    #expect(after == before)
  }

  @Test("export writes a copy with no key, no history and no planted original; its check is clean")
  func export() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    let refused = try SarapBinary.run(["anonymise", "export", "../copy"], in: project)
    #expect(refused.status == 1)
    try Self.decide(project)
    let unapplied = try SarapBinary.run(["anonymise", "export", "../copy"], in: project)
    #expect(unapplied.stderr.contains("run 'sarap anonymise apply'"))
    try SarapBinary.run(["anonymise", "apply"], in: project).check()
    try SarapBinary.run(["anonymise", "export", "../copy"], in: project).check()
    let copy = folder.url.appendingPathComponent("copy")
    #expect(try Self.holders(of: Self.originals, under: copy) == [])
    #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent(".sarap").path))
    #expect(try SarapBinary.run(["check"], in: copy).status == 0)
    #expect(try Self.scanned(copy) == ["Shymkent"])
    let report = try String(
      contentsOf: copy.appendingPathComponent("anonymisation-report.md"), encoding: .utf8)
    #expect(report.contains("- Replacements in effect: 39\n"))
    #expect(report.contains("| A03 | 3 | 3 | 0 | 0 | 1 | 1 | 1 | 1 | 1 | 2 | 13 |"))
    #expect(report.contains("- Reviewed and applied by: tester\n"))
  }

  @Test("an original written in the research journal refuses the export, naming its place")
  func journalLeak() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    try Self.decide(project)
    try SarapBinary.run(["anonymise", "apply"], in: project).check()
    try SarapBinary.run(
      ["journal", "add", "Asked again about Tenir Steppe Foundation."], in: project
    ).check()
    let refused = try SarapBinary.run(["anonymise", "export", "../copy"], in: project)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("Codebooks/journal.txt:5:"), "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("copy").path))
  }

  @Test("bad input: an unknown text, a malformed key file, a malformed list")
  func badInput() throws {
    let (folder, project) = try Self.copy()
    defer { withExtendedLifetime(folder) {} }
    let absent = try SarapBinary.run(["anonymise", "accept", "Тараз"], in: project)
    #expect(
      absent.stderr == "sarap: 'Тараз' occurs in no transcript (as a word); check its spelling\n")
    let sarap = project.appendingPathComponent(".sarap")
    try FileManager.default.createDirectory(at: sarap, withIntermediateDirectories: true)
    try Data("sarap-anonymisation-key 1\naccept\t[X]\tperson\n".utf8)
      .write(to: sarap.appendingPathComponent("anonymisation-key.txt"))
    let key = try SarapBinary.run(["anonymise", "scan"], in: project)
    #expect(key.status == 1)
    #expect(key.stderr.contains("anonymisation-key.txt:2:"))
    try Data("sarap-anonymisation 1\nsometimes\tx\n".utf8)
      .write(to: project.appendingPathComponent("Codebooks/anonymisation.txt"))
    let list = try SarapBinary.run(["anonymise", "scan", "--key", "other-key.txt"], in: project)
    #expect(list.stderr.contains("Codebooks/anonymisation.txt:2:1: expected 'always' or 'never'"))
  }

  /// The pseudonym the key gives a text.
  static func pseudonym(_ text: String, _ project: URL) throws -> String {
    let key = try AnonymisationFiles.key(
      at: project.appendingPathComponent(".sarap/anonymisation-key.txt"))
    guard case .accept(let pseudonym) = key.entry(for: text)?.decision else {
      throw SarapBinary.Failure("no pseudonym for \(text)")
    }
    return pseudonym
  }

  /// The bytes of the transcripts and codings files.
  static func snapshot(_ project: URL) throws -> [Data] {
    try [
      "Transcripts/A01.txt", "Transcripts/A02.txt", "Transcripts/A03.txt",
      "Codebooks/codings/demo.txt",
    ].map { try Data(contentsOf: project.appendingPathComponent($0)) }
  }

  /// `python3 -c qdpxCodings FILE.qdpx` prints, for each coding of the archive, its source's
  /// name, its code's name and the text its positions select in the source's plain text
  /// (positions are code points, as REFI-QDA and Python count them).
  static let qdpxCodings = """
    import re, sys, zipfile
    archive = zipfile.ZipFile(sys.argv[1])
    qde = archive.read("project.qde").decode("utf-8")
    codes = dict(re.findall(r'<Code guid="([^"]+)" name="([^"]+)"', qde))
    for source in re.finditer(r'<TextSource guid="([^"]+)" name="([^"]+)"(.*?)</TextSource>', qde, re.S):
        text = archive.read("sources/" + source.group(1) + ".txt").decode("utf-8")
        pattern = r'startPosition="(\\d+)" endPosition="(\\d+)".*?<CodeRef targetGUID="([^"]+)"'
        for selection in re.finditer(pattern, source.group(3), re.S):
            start, end = int(selection.group(1)), int(selection.group(2))
            print(source.group(2) + "\\t" + codes[selection.group(3)] + "\\t" + text[start:end])
    """
}
