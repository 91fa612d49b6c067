import Foundation

/// `sarap-bench reports`, `export` and `render`: run a suite, print a TSV of the timings on
/// standard output and write the full results (samples, cross-check figures) as JSON.
enum MeasureCommand {
  /// The results file.
  struct Results<Extra: Codable>: Codable {
    var suite: String
    var data: String
    var measurements: [Measurement.Summary]
    var extra: Extra
  }

  static func reports(_ options: Options) throws {
    let data = try options.folder("data")
    let suite = ReportSuite(
      folder: data.appendingPathComponent("project"), runs: try options.int("runs", 7))
    let (measurements, figures) = try suite.run()
    try finish("reports", data: data, measurements, extra: figures, options: options)
  }

  static func export(_ options: Options) throws {
    let data = try options.folder("data")
    let dump = (try? options.string("dump")).map { URL(fileURLWithPath: $0) }
    let suite = ExportSuite(
      folder: data.appendingPathComponent("project"), runs: try options.int("runs", 3), dump: dump)
    let (measurements, failure) = try suite.run()
    try finish("export", data: data, measurements, extra: ["failure": failure], options: options)
    if let failure {
      note("sarap-bench: \(failure)")
      exit(3)
    }
  }

  static func render(_ options: Options) throws {
    let data = try options.folder("data")
    var suite = RenderSuite(
      folder: data.appendingPathComponent("project"), runs: try options.int("runs", 7),
      frames: try options.int("frames", 500))
    if options.has("scale-project") {
      suite.scaleProject = try options.folder("scale-project")
    }
    let (measurements, facts) = try suite.run()
    try finish("render", data: data, measurements, extra: facts, options: options)
  }

  private static func finish<Extra: Codable>(
    _ suite: String, data: URL, _ measurements: [Measurement], extra: Extra, options: Options
  ) throws {
    print("name\tmedian_ms\tmin_ms\tmax_ms\tq1_ms\tq3_ms\truns")
    for m in measurements {
      let figures = [m.median, m.minimum, m.maximum, m.lowerQuartile, m.upperQuartile]
      print(
        ([m.name] + figures.map { String(format: "%.4f", $0 * 1000) } + [String(m.samples.count)])
          .joined(separator: "\t"))
    }
    guard let out = try? options.string("out") else { return }
    let results = Results(
      suite: suite, data: data.path, measurements: measurements.map(\.summary), extra: extra)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try encoder.encode(results).write(to: URL(fileURLWithPath: out))
  }
}
