import Foundation
import SarapCore

/// Who is coding, from the first of four sources that names someone.
///
/// In order: `--coder NAME`, `SARAP_CODER`, the name remembered for the project (`.sarap/coder`),
/// git's `user.name`.
public enum CoderIdentity {
  /// Where a coder's name came from, in order of precedence.
  public enum Source: Int, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The `--coder NAME` option.
    case option
    /// The `SARAP_CODER` environment variable.
    case environment
    /// The name remembered for the project in `.sarap/coder`.
    case remembered
    /// git's `user.name`.
    case git

    public var description: String {
      switch self {
      case .option: "--coder"
      case .environment: "SARAP_CODER"
      case .remembered: ProjectLayout.coder
      case .git: "git's user.name"
      }
    }
  }

  /// A coder and where the name came from.
  public struct Resolution: Hashable, Sendable {
    /// The coder.
    public var coder: Coder.ID
    /// Where the name came from.
    public var source: Source

    /// Creates a resolution.
    public init(coder: Coder.ID, source: Source) {
      self.coder = coder
      self.source = source
    }
  }

  /// The coder named by the option, the environment, the project or git, and which one named it;
  /// nil when none does.
  ///
  /// A `--coder` or `SARAP_CODER` that is given but cannot name a coder (``Coder/named(_:)``),
  /// blank included, is an error naming where it came from: codings must never silently go under
  /// the next source's name. An unset variable, and a blank git `user.name`, count as none.
  public static func resolve(
    option: String?, environment: [String: String], project: ProjectFolder?
  ) throws(StoreError) -> Resolution? {
    if let found = try named(option, from: .option) { return found }
    if let found = try named(environment["SARAP_CODER"], from: .environment) { return found }
    if let project, let coder = try RememberedCoder.read(in: project) {
      return Resolution(coder: coder, source: .remembered)
    }
    guard let git = gitUserName(environment: environment), !git.allSatisfy(\.isWhitespace) else {
      return nil
    }
    return try named(git, from: .git)
  }

  /// Why no coder could be found, and the four ways to name one.
  public static let missingMessage =
    "no coder name: pass --coder NAME, set SARAP_CODER, remember one for this project with "
    + "'sarap config coder NAME' (kept in .sarap/coder), or set git's user.name "
    + "(git config --global user.name NAME)"

  /// The login name, to suggest when asking for a coder's name: `USER`, else `LOGNAME`, else the
  /// user database's name for this process's user; nil when none is known.
  public static func loginName(environment: [String: String]) -> String? {
    for variable in ["USER", "LOGNAME"] {
      if let name = environment[variable], !name.allSatisfy(\.isWhitespace) { return name }
    }
    guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
    return String(cString: name)
  }

  private static func named(_ name: String?, from source: Source) throws(StoreError)
    -> Resolution?
  {
    guard let name else { return nil }
    do throws(Coder.NameProblem) {
      return Resolution(coder: try Coder.named(name), source: source)
    } catch {
      throw StoreError.invalidCoder(source: source.description, error)
    }
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
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
  }
}
