/// What an export or import could not carry over, or carried over changed.
///
/// The REFI-QDA standard (§7) asks software to show the user, in as much detail as possible, which
/// elements are discarded; every import and export returns one of these to print.
public struct REFIReport: Hashable, Sendable, CustomStringConvertible {
  /// One entry of the report.
  public struct Item: Hashable, Sendable {
    /// How serious the entry is.
    public var severity: Severity
    /// Where it happened: `project.qde:41:7`, `source 'R07'` and the like.
    public var place: String
    /// What happened, in one sentence without a final full stop.
    public var message: String

    /// Creates an item.
    public init(_ severity: Severity, _ place: String, _ message: String) {
      self.severity = severity
      self.place = place
      self.message = message
    }
  }

  /// How serious an item is.
  public enum Severity: String, Hashable, Sendable {
    /// Data that was not carried over.
    case lost
    /// Data that was carried over in another form.
    case changed
    /// A decision the reader should know about (e.g. which position convention was chosen).
    case info
  }

  /// The items, in the order they were found.
  public private(set) var items: [Item] = []

  /// Creates an empty report.
  public init() {}

  /// Adds an item.
  public mutating func add(_ severity: Severity, _ place: String, _ message: String) {
    items.append(Item(severity, place, message))
  }

  /// The items of one severity.
  public func items(_ severity: Severity) -> [Item] { items.filter { $0.severity == severity } }

  /// Whether nothing was lost.
  public var isLossless: Bool { items(.lost).isEmpty }

  /// One line per item: `lost: place: message`, losses first.
  public var description: String {
    let ordered = items(.lost) + items(.changed) + items(.info)
    return ordered.map { "\($0.severity.rawValue): \($0.place): \($0.message)\n" }.joined()
  }
}
