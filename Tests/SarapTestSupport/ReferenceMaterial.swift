import Foundation
import Testing

/// Material from outside the repository that some checks compare against: the dissertation the
/// bundled corpus is built from, and the official REFI-QDA schemas.
///
/// The repository stands on its own, so the material is optional on a researcher's clone: each
/// item is found through its environment variable, else in `../shared/` beside the repository.
/// Checks that need it carry the trait `.needs(item)`: without the item they are skipped, and
/// `swift test` prints one line each (`reference material missing: …`, which `make test` sums
/// up). Under `CI=true` the material is required: the checks run and fail naming the missing file.
public struct ReferenceMaterial: Sendable, CustomStringConvertible {
  /// What the item is, for messages: "the dissertation (…)".
  public let description: String
  /// The file's name.
  public let fileName: String
  /// The environment variable that points at it.
  public let variable: String
  /// Whether the variable names the folder holding the file (else the file itself).
  public let variableNamesFolder: Bool
  /// The folder beside the repository's root that holds it when the variable is unset.
  public let besideRepository: String

  /// The Kazakh dissertation the corpus quotes, one paragraph per line.
  public static let dissertation = ReferenceMaterial(
    description: "the dissertation the bundled corpus quotes", fileName: "000_eaf9411531d7493d.txt",
    variable: "SARAP_DISSERTATION", variableNamesFolder: false, besideRepository: "shared/seed")
  /// The REFI-QDA project schema (`project.qde`).
  public static let projectSchema = ReferenceMaterial(
    description: "the REFI-QDA project schema", fileName: "Project.xsd",
    variable: "SARAP_REFI_SCHEMAS", variableNamesFolder: true, besideRepository: "shared/refi-qda")
  /// The REFI-QDA codebook schema (`.qdc`).
  public static let codebookSchema = ReferenceMaterial(
    description: "the REFI-QDA codebook schema", fileName: "Codebook.xsd",
    variable: "SARAP_REFI_SCHEMAS", variableNamesFolder: true, besideRepository: "shared/refi-qda")

  /// Every item, for listing.
  public static let all = [dissertation, projectSchema, codebookSchema]

  /// Whether the run must check everything: `CI` is set to anything but empty, `0`, `false`, `no`.
  public static func isRequired(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    let value = (environment["CI"] ?? "").lowercased()
    return !["", "0", "false", "no"].contains(value)
  }

  /// Where the file is looked for: the variable's path, else `../shared/…` beside the repository.
  public func location(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    if let value = environment[variable], !value.isEmpty {
      let url = URL(fileURLWithPath: value)
      return variableNamesFolder ? url.appendingPathComponent(fileName) : url
    }
    return Repository.root.deletingLastPathComponent()
      .appendingPathComponent(besideRepository).appendingPathComponent(fileName)
  }

  /// Whether the file is where it is looked for.
  public var isPresent: Bool {
    FileManager.default.isReadableFile(atPath: location().path)
  }

  /// Whether the checks that need the item run: it is present, or the run requires it (then a
  /// missing file fails them).
  public var checksRun: Bool { isPresent || Self.isRequired() }

  /// The file, or an error naming where it was looked for and how to provide it.
  public func url() throws -> URL {
    let url = location()
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw Missing(material: self, path: url.standardizedFileURL.path)
    }
    return url
  }

  /// How to provide the item: the variable, or the folder beside the repository.
  public var howToProvide: String {
    let value = variableNamesFolder ? "a folder holding \(fileName)" : "the file's path"
    return "set \(variable) to \(value), or put it at ../\(besideRepository)/\(fileName) "
      + "beside the repository"
  }

  /// The line a skipped check prints: the marker `make test` counts, what is missing, and how to
  /// provide it.
  public var skipNote: String {
    "reference material missing: \(description) (\(fileName)); \(howToProvide)"
  }

  /// A reference file is not where it is looked for (only thrown when checks run without it,
  /// that is under `CI=true`).
  public struct Missing: Error, CustomStringConvertible {
    /// The item.
    public let material: ReferenceMaterial
    /// Where it was looked for.
    public let path: String

    /// Creates the error.
    public init(material: ReferenceMaterial, path: String) {
      self.material = material
      self.path = path
    }

    public var description: String {
      "\(material.description) is missing: no file at \(path) (CI=true requires it; "
        + "\(material.howToProvide))"
    }
  }
}

extension Trait where Self == ConditionTrait {
  /// Runs the test only when the reference material is present, or required (`CI=true`); else
  /// skips it with a line saying what was not checked and how to provide the material.
  public static func needs(_ material: ReferenceMaterial) -> Self {
    .enabled(if: material.checksRun, Comment(rawValue: material.skipNote))
  }
}
