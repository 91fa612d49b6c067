import Foundation
import SarapCore

/// Who is coding: `--coder NAME`, else `SARAP_CODER`, else git's `user.name`.
public enum CoderIdentity {
  /// The coder named by the option, the environment or git; nil when none names one.
  ///
  /// Names are trimmed; an empty name, or one with a tab or line break, counts as none.
  public static func resolve(option: String?, environment: [String: String]) -> Coder.ID? {
    if let name = usable(option) { return Coder.ID(name) }
    if let name = usable(environment["SARAP_CODER"]) { return Coder.ID(name) }
    return usable(gitUserName(environment: environment)).map { Coder.ID($0) }
  }

  /// Why no coder could be found, and how to name one.
  public static let missingMessage =
    "no coder name: pass --coder NAME, set SARAP_CODER, or set git's user.name "
    + "(git config --global user.name NAME)"

  static func usable(_ name: String?) -> String? {
    guard let trimmed = name?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty,
      !trimmed.contains(where: { $0 == "\t" || $0.isNewline })
    else { return nil }
    return trimmed
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
