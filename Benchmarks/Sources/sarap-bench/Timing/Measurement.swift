import Foundation

/// Repeated timings of one operation: the samples in seconds and their median and spread.
struct Measurement: Codable, Sendable {
  /// What was timed, as `frequency.code`.
  var name: String
  /// Each run's time, in seconds, in run order.
  var samples: [Double]
  /// A note on what the time includes.
  var note: String

  var median: Double { quantile(0.5) }
  var minimum: Double { samples.min() ?? 0 }
  var maximum: Double { samples.max() ?? 0 }
  /// The first quartile (linear interpolation between order statistics).
  var lowerQuartile: Double { quantile(0.25) }
  /// The third quartile.
  var upperQuartile: Double { quantile(0.75) }

  /// The `p`-quantile of the samples.
  func quantile(_ p: Double) -> Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return 0 }
    let position = p * Double(sorted.count - 1)
    let lower = Int(position)
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
  }

  /// The summary written to the results file.
  var summary: Summary {
    Summary(
      name: name, runs: samples.count, median: median, min: minimum, max: maximum,
      q1: lowerQuartile, q3: upperQuartile, note: note, samples: samples)
  }

  /// A measurement's figures as written to JSON.
  struct Summary: Codable, Sendable {
    var name: String
    var runs: Int
    var median: Double
    var min: Double
    var max: Double
    var q1: Double
    var q3: Double
    var note: String
    var samples: [Double]
  }
}

/// Runs operations a number of times after a warm-up and collects their ``Measurement``s.
struct Bench {
  /// Timed runs per operation.
  let runs: Int
  /// The measurements so far, in order.
  private(set) var measurements: [Measurement] = []

  /// The longest warm-up after which an operation is still repeated, in seconds.
  static let budget = 20.0

  init(runs: Int) { self.runs = max(1, runs) }

  /// Times `body` `runs` times after one untimed warm-up run; returns the last result.
  ///
  /// When the warm-up alone takes longer than ``budget``, it is the only sample (noted as such):
  /// repeating an operation that slow would not change the verdict.
  @discardableResult
  mutating func measure<T>(_ name: String, note: String = "", _ body: () throws -> T) rethrows
    -> T
  {
    let (warmUp, first) = try timed(body)
    guard warmUp <= Self.budget else {
      record(
        Measurement(
          name: name, samples: [warmUp],
          note: note + " (1 run: over the \(Int(Self.budget)) s budget)"))
      return first
    }
    var last = first
    var samples: [Double] = []
    for _ in 0..<runs {
      let (seconds, value) = try timed(body)
      samples.append(seconds)
      keep(last)
      last = value
    }
    record(Measurement(name: name, samples: samples, note: note))
    return last
  }

  /// Adds a measurement taken elsewhere.
  mutating func record(_ measurement: Measurement) {
    measurements.append(measurement)
    log(measurement)
  }

  private func log(_ measurement: Measurement) {
    let ms = { (seconds: Double) in String(format: "%.3f", seconds * 1000) }
    note(
      "  \(measurement.name): median \(ms(measurement.median)) ms "
        + "(min \(ms(measurement.minimum)), max \(ms(measurement.maximum)), "
        + "\(measurement.samples.count) runs)")
  }
}
