import Foundation

/// The command line: `sarap-bench COMMAND [--name value | --flag]…`.
struct Options {
  /// The command word.
  let command: String
  private var values: [String: String] = [:]
  private var flags: Set<String> = []

  /// Why the command line could not be read.
  struct Problem: Error, CustomStringConvertible {
    var description: String
  }

  /// Reads `arguments` (without the program name).
  init(_ arguments: [String]) throws {
    guard let command = arguments.first else { throw Problem(description: Self.usage) }
    self.command = command
    var rest = arguments.dropFirst()[...]
    while let word = rest.popFirst() {
      guard word.hasPrefix("--") else { throw Problem(description: "unexpected '\(word)'") }
      let name = String(word.dropFirst(2))
      if let next = rest.first, !next.hasPrefix("--") {
        values[name] = next
        rest = rest.dropFirst()
      } else {
        flags.insert(name)
      }
    }
  }

  /// Whether `--name` was given with a value.
  func has(_ name: String) -> Bool { values[name] != nil }

  /// Whether `--name` was given without a value.
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The value of `--name`, or `fallback`.
  func string(_ name: String, _ fallback: String? = nil) throws -> String {
    guard let value = values[name] ?? fallback else {
      throw Problem(description: "missing --\(name)")
    }
    return value
  }

  /// The integer value of `--name`, or `fallback`.
  func int(_ name: String, _ fallback: Int) throws -> Int {
    guard let text = values[name] else { return fallback }
    guard let value = Int(text), value > 0 else {
      throw Problem(description: "--\(name) wants a positive whole number, not '\(text)'")
    }
    return value
  }

  /// A folder given by `--name`, as a file URL.
  func folder(_ name: String, _ fallback: String? = nil) throws -> URL {
    URL(fileURLWithPath: try string(name, fallback), isDirectory: true)
  }

  static let usage = """
    usage: sarap-bench generate --scale N --out DIR [--seed S] [--repository ROOT]
           sarap-bench generate --long --out DIR [--seed S] [--repository ROOT]
           sarap-bench reports --data DIR [--runs R] [--out FILE]
           sarap-bench export --data DIR [--runs R] [--out FILE] [--dump FILE]
           sarap-bench render --data DIR [--runs R] [--frames F] [--out FILE]
                         [--scale-project DIR]
    """
}
