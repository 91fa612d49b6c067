import SarapCore
import SarapFormats

/// What loading a project folder found: the project made of every file that parsed, and an error
/// for each file that did not.
public struct ProjectLoadReport: Sendable {
  /// The project, without the parts whose files failed to parse.
  public var project: Project
  /// One error per file that could not be parsed, in path order.
  public var errors: [ProjectFileError]
  /// The codings file of each coder, relative to the project folder.
  public var codingsFiles: [Coder.ID: String]
  /// Each coding's line in its codings file, for reports that point at a coding (built when
  /// asked for: only `sarap check` needs it).
  public var codingLines: [Coding.Key: CodingsFile.Line] {
    var lines: [Coding.Key: CodingsFile.Line] = [:]
    for contents in codingsContents {
      for line in contents.lines { lines[line.coding.key] = line }
    }
    return lines
  }
  /// The stamp of every file read, by relative path.
  public var stamps: [String: FileStamp]
  /// The `lstat` of every file read, taken just before reading it, by relative path.
  var diskStats: [String: DiskStat] = [:]
  /// Every codings file that parsed, with its lines: only in a load without the cache, as
  /// ``ProjectFolder/loadReport()`` is (a line holds on to its file's text).
  var codingsContents: [CodingsFile.Contents] = []
  /// How this load used the project cache.
  public var cacheUse = CacheUse()

  /// Creates a report.
  public init(
    project: Project, errors: [ProjectFileError], codingsFiles: [Coder.ID: String],
    stamps: [String: FileStamp] = [:]
  ) {
    self.project = project
    self.errors = errors
    self.codingsFiles = codingsFiles
    self.stamps = stamps
  }
}
