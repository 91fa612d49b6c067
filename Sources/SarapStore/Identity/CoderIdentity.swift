import Foundation
import SarapCore

/// Who is coding: `--coder NAME`, else `SARAP_CODER`, else git's `user.name`.
public enum CoderIdentity {
  /// A coder name that was given but breaks the rules of ``SarapCore/Coder/nameProblem(_:)``.
  public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the name came from: `--coder`, `SARAP_CODER` or `git config user.name`.
    public var source: String
    /// What is wrong with it.
    public var problem: String

    public var description: String { "\(source): \(problem)" }
  }

  /// The coder named by the option, the environment or git; nil when none names one.
  ///
  /// Names are trimmed of spaces, then checked: a `--coder` or a `SARAP_CODER` that is given but
  /// empty, blank, too long or holds a control character is refused rather than passed over
  /// (codings must never silently go under another name). An unset `SARAP_CODER` counts as none;
  /// a set one, even empty, is checked like `--coder`.
  public static func resolve(option: String?, environment: [String: String]) throws(Refusal)
    -> Coder.ID?
  {
    if let option { return try checked(option, source: "--coder") }
    if let variable = environment["SARAP_CODER"] {
      return try checked(variable, source: "SARAP_CODER")
    }
    guard let name = gitUserName(environment: environment), !name.isEmpty else { return nil }
    return try checked(name, source: "git config user.name")
  }

  /// Why no coder could be found, and how to name one.
  public static let missingMessage =
    "no coder name: pass --coder NAME, set SARAP_CODER, or set git's user.name "
    + "(git config --global user.name NAME)"

  static func checked(_ name: String, source: String) throws(Refusal) -> Coder.ID {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    if let problem = Coder.nameProblem(trimmed) {
      throw Refusal(source: source, problem: "\(problem) (given \(name.debugDescription))")
    }
    return Coder.ID(trimmed)
  }

  /// `git config user.name`, or nil when git is missing or has none.
  static func gitUserName(environment: [String: String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "config", "user.name"]
    process.environment = environment.isEmpty ? nil : environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
