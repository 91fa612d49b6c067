/// A problem in a project file, located by path, line and column.
///
/// Lines and columns count from 1; a column counts Unicode scalars within its line. The description
/// is the `path:line:col: message` form that editors and `sarap check` understand.
public struct ProjectFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file, as given to the decoder (usually relative to the project folder).
  public var path: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int
  /// What is wrong, in a sentence without a final full stop.
  public var message: String

  /// Creates an error.
  public init(path: String, line: Int, column: Int, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(path):\(line):\(column): \(message)" }
}
