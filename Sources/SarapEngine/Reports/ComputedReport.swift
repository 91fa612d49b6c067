import SarapCore

/// A report SarapEngine computed: the engine's own value (for screens that draw it their own
/// way) and the table it lays out as, whatever its kind.
public struct ComputedReport: Hashable, Sendable {
  /// The ``ReportDefinition/name`` of the report's kind.
  public let kind: String
  /// The settings it was computed with.
  public let settings: ReportSettings
  /// The engine's result, such as a ``FrequencyReport``.
  public let value: any Hashable & Sendable
  private let layOut: @Sendable (ReportLabels) -> ReportTable
  private let holdsSameValue: @Sendable (any Hashable & Sendable) -> Bool
  private let feedHasher: @Sendable (inout Hasher) -> Void

  /// Wraps an engine result with the function that lays it out as a table.
  init<Value: Hashable & Sendable>(
    kind: String, settings: ReportSettings, value: Value,
    table: @escaping @Sendable (ReportLabels) -> ReportTable
  ) {
    self.kind = kind
    self.settings = settings
    self.value = value
    self.layOut = table
    self.holdsSameValue = { other in (other as? Value) == value }
    self.feedHasher = { hasher in hasher.combine(value) }
  }

  /// The report as a table, labelled in the chosen language.
  public func table(labels: ReportLabels) -> ReportTable { layOut(labels) }

  /// The engine's result as a type, nil when it is another.
  public func value<Value>(as type: Value.Type) -> Value? { value as? Value }

  /// Two reports are equal when they are of the same kind and hold the same result (settings
  /// that change only the layout, such as ``ReportSettings/pairs``, do not count).
  public static func == (left: ComputedReport, right: ComputedReport) -> Bool {
    left.kind == right.kind && left.holdsSameValue(right.value)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    feedHasher(&hasher)
  }
}
