import Foundation
import Testing

/// Figures, spreadsheets and the HTML report, written by the real binary from a copy of the
/// bundled project and checked with independent tools: rsvg-convert draws every SVG, Python's
/// standard library decodes the PNG and reads the XLSX back, xmllint parses the HTML.
@Suite("sarap figures, XLSX and HTML")
struct FigureCommandTests {
  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// A copy of the bundled project (transcripts and codebooks) in a temporary folder.
  static func bundledCopy() throws -> (TemporaryFolder, URL) {
    let folder = try TemporaryFolder()
    let project = folder.url.appendingPathComponent("bundled")
    try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
    for name in ["Transcripts", "Codebooks"] {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent(name),
        to: project.appendingPathComponent(name))
    }
    return (folder, project)
  }

  /// Runs a tool and returns its standard output; fails the test on a non-zero exit.
  @discardableResult
  static func tool(_ arguments: [String], in folder: URL) throws -> (stdout: String, stderr: String)
  {
    let files = try ChildFiles(input: "")
    defer { files.remove() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = folder
    try files.attach(to: process)
    try process.run()
    process.waitUntilExit()
    let result = (try files.output(), try files.errors())
    guard process.terminationStatus == 0 else {
      throw SarapBinary.Failure("\(arguments[0]) failed: \(result.1)")
    }
    return result
  }

  /// The declared `width` and `height` of an SVG's root.
  static func declaredSize(_ svg: String) -> (Int, Int)? {
    guard let root = svg.range(of: "<svg [^>]*>", options: .regularExpression) else { return nil }
    let tag = String(svg[root])
    func value(_ name: String) -> Int? {
      guard let range = tag.range(of: " \(name)=\"[0-9]+\"", options: .regularExpression) else {
        return nil
      }
      return Int(tag[range].filter(\.isNumber))
    }
    guard let width = value("width"), let height = value("height") else { return nil }
    return (width, height)
  }

  @Test("every figure renders with rsvg-convert to a PNG of its declared size")
  func figuresRender() throws {
    let (folder, project) = try Self.bundledCopy()
    let commands: [(String, [String])] = [
      ("frequency", ["report", "frequency", "--by", "code", "--format", "svg"]),
      ("cooccurrence", ["report", "cooccurrence", "--by", "theme", "--format", "svg"]),
      ("matrix", ["report", "matrix", "--format", "svg", "--lang", "kk"]),
      ("network", ["figure", "network", "--by", "code", "--min-c", "0.2"]),
      ("portrait", ["figure", "portrait", "R01", "--lanes", "theme", "--lang", "kk"]),
    ]
    for (name, arguments) in commands {
      let svgPath = folder.url.appendingPathComponent("\(name).svg").path
      try SarapBinary.run(
        arguments + ["--output", svgPath, "--project", project.path], in: project
      )
      .check()
      let svg = try String(contentsOfFile: svgPath, encoding: .utf8)
      let size = try #require(Self.declaredSize(svg), "\(name) declares no size")
      let png = folder.url.appendingPathComponent("\(name).png").path
      try Self.tool(["rsvg-convert", "--format", "png", "--output", png, svgPath], in: folder.url)
      let pixel = try Self.tool(["python3", "-c", Self.pngPixel, png, "0", "0"], in: folder.url)
      #expect(pixel.stdout == "\(size.0) \(size.1) #FFFFFF\n", "\(name): \(pixel.stdout)")
    }
  }

  @Test("a heat-map cell renders in its scale colour: the largest count yellow, zero dark purple")
  func heatMapPixel() throws {
    let (folder, project) = try Self.bundledCopy()
    let tsv = try SarapBinary.run(
      ["report", "cooccurrence", "--by", "theme", "--format", "tsv"], in: project
    ).check().stdout
    let rows = tsv.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
    // The largest off-diagonal count and a zero cell, read from the TSV export.
    var largest = (row: 0, column: 0, value: -1)
    var zero: (row: Int, column: Int)?
    for (row, fields) in rows.enumerated() {
      for (column, field) in fields.dropFirst(2).enumerated() where row != column {
        let value = Int(field) ?? -1
        if value > largest.value { largest = (row, column, value) }
        if value == 0 && zero == nil { zero = (row, column) }
      }
    }
    #expect(largest.value > 0)
    let svgPath = folder.url.appendingPathComponent("heat.svg").path
    try SarapBinary.run(
      ["report", "cooccurrence", "--by", "theme", "--output", svgPath], in: project
    ).check()
    let svg = try String(contentsOfFile: svgPath, encoding: .utf8)
    let png = folder.url.appendingPathComponent("heat.png").path
    try Self.tool(["rsvg-convert", "--format", "png", "--output", png, svgPath], in: folder.url)
    let cells = Self.cellRectangles(svg)
    let count = rows.count
    #expect(cells.count == count * count)
    var checks = [(largest.row, largest.column, "#FDE725")]
    if let zero { checks.append((zero.row, zero.column, "#440154")) }
    for (row, column, colour) in checks {
      let cell = cells[row * count + column]
      let pixel = try Self.tool(
        ["python3", "-c", Self.pngPixel, png, String(Int(cell.x) + 3), String(Int(cell.y) + 3)],
        in: folder.url)
      #expect(pixel.stdout.hasSuffix(" \(colour)\n"), "cell \(row),\(column): \(pixel.stdout)")
    }
  }

  /// The heat map's cells in drawing order (row by row): rectangles with a white outline.
  static func cellRectangles(_ svg: String) -> [(x: Double, y: Double)] {
    svg.split(separator: "\n").filter {
      $0.contains("stroke=\"#FFFFFF\" stroke-width=\"1\"><title>")
    }.compactMap {
      line in
      let fields = line.split(separator: "\"")
      guard fields.count > 3, let x = Double(fields[1]), let y = Double(fields[3]) else {
        return nil
      }
      return (x, y)
    }
  }

  @Test("XLSX of every report reads back equal to the CSV export, Kazakh intact, numbers typed")
  func xlsxMatchesCSV() throws {
    let (folder, project) = try Self.bundledCopy()
    let reports: [[String]] = [
      ["frequency", "--by", "code"], ["cooccurrence", "--cell", "coefficient"], ["matrix"],
      ["segments", "--query", "russia"], ["tidy"],
    ]
    for arguments in reports {
      let name = arguments[0]
      let xlsx = folder.url.appendingPathComponent("\(name).xlsx").path
      let csv = folder.url.appendingPathComponent("\(name).csv").path
      try SarapBinary.run(["report"] + arguments + ["--lang", "kk", "--output", xlsx], in: project)
        .check()
      try SarapBinary.run(
        ["report"] + arguments + ["--lang", "kk", "--format", "csv", "--output", csv], in: project
      ).check()
      let compared = try Self.tool(
        ["python3", "-c", Self.xlsxAgainstCSV, xlsx, csv], in: folder.url)
      #expect(compared.stdout.hasPrefix("equal"), "\(name): \(compared.stdout)")
      #expect(compared.stdout.contains("cyrillic"), "\(name): no Kazakh text read back")
    }
  }

  @Test("a file extension that contradicts --format is an error naming both")
  func extensionMismatch() throws {
    let (folder, project) = try Self.bundledCopy()
    let result = try SarapBinary.run(
      ["report", "frequency", "--format", "csv", "--output", "../report.xlsx"], in: project)
    #expect(result.status != 0)
    #expect(result.stderr.contains(".xlsx") && result.stderr.contains("csv"))
    #expect(
      !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("report.xlsx").path)
    )
    let tidy = try SarapBinary.run(["report", "tidy", "--format", "svg"], in: project)
    #expect(tidy.status != 0 && tidy.stderr.contains("no figure"))
  }

  @Test("the HTML report is valid for xmllint, fetches nothing and embeds every figure")
  func htmlReport() throws {
    let (folder, project) = try Self.bundledCopy()
    let path = folder.url.appendingPathComponent("report.html").path
    try SarapBinary.run(["report", "html", "--lang", "kk", "--output", path], in: project).check()
    let lint = try Self.tool(["xmllint", "--html", "--noout", path], in: folder.url)
    #expect(lint.stderr.isEmpty, "xmllint: \(lint.stderr)")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!html.lowercased().contains("http"))
    #expect(html.components(separatedBy: "src=\"data:image/svg+xml;base64,").count == 5)
    #expect(html.contains("Ресей"))
  }

  @Test("docs/images holds the figures Tools/figures/render.sh draws from the bundled project")
  func documentationImagesAreCurrent() throws {
    let (folder, project) = try Self.bundledCopy()
    let out = folder.url.appendingPathComponent("images")
    let script = Self.repositoryRoot.appendingPathComponent("Tools/figures/render.sh").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [script]
    process.environment = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SARAP": try SarapBinary.url.path,
      "PROJECT": project.path, "OUT": out.path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    for name in ["cooccurrence", "network"] {
      let drawn = try Data(contentsOf: out.appendingPathComponent("\(name).svg"))
      let kept = try Data(
        contentsOf: Self.repositoryRoot.appendingPathComponent("docs/images/\(name).svg"))
      #expect(drawn == kept, "docs/images/\(name).svg is stale: run Tools/figures/render.sh")
      #expect(
        FileManager.default.fileExists(
          atPath: Self.repositoryRoot.appendingPathComponent("docs/images/\(name).png").path))
    }
  }
}
