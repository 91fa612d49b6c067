import SarapCore
import SarapEngine

/// The agreement report's choices, the list of disagreements being settled, and the comparison
/// the reader shows.
public struct AgreementState: Equatable, Sendable {
  /// Coder A; nil for the first coder other than ``into``.
  public var coderA: Coder.ID?
  /// Coder B; nil for the next coder other than A and ``into``.
  public var coderB: Coder.ID?
  /// The consensus coder that adopted codings go to.
  public var into: Coder.ID
  /// What the coders are compared on.
  public var unit: AgreementUnit
  /// The selected row of the agreement list and its scroll.
  public var rows: ListPosition
  /// The code or theme whose disagreements are listed.
  public var key: Code.ID?
  /// The disagreements on ``key``, as SarapEngine listed them.
  public var disagreements: [Disagreement]
  /// The selected disagreement and the scroll.
  public var list: ListPosition
  /// The two coders whose stripes the reader's gutter shows side by side; nil for the usual
  /// gutter.
  public var compared: ComparedCoders?

  /// Creates the default choices: the answer unit, into `consensus`.
  public init(into: Coder.ID = "consensus", unit: AgreementUnit = .answer) {
    self.coderA = nil
    self.coderB = nil
    self.into = into
    self.unit = unit
    self.rows = ListPosition()
    self.key = nil
    self.disagreements = []
    self.list = ListPosition()
    self.compared = nil
  }

  /// The units the `U` key cycles through on the agreement report.
  public static let units: [AgreementUnit] = [
    .answer, .paragraph, .segment(threshold: AgreementUnit.defaultThreshold), .character,
  ]

  /// The pair compared in a project: the chosen coders, else the first two coders that are not
  /// the consensus coder; nil with fewer than two.
  public func pair(in project: Project) -> (a: Coder.ID, b: Coder.ID)? {
    let coders = project.coders.filter { $0 != into }
    guard let a = coderA ?? coders.first,
      let b = coderB ?? coders.first(where: { $0 != a })
    else { return nil }
    return (a, b)
  }
}

/// Two coders' codings of the open transcript, each with its own gutter stripes.
public struct ComparedCoders: Equatable, Sendable {
  /// Coder A.
  public let a: Coder.ID
  /// Coder B.
  public let b: Coder.ID
  /// A's codings, in the gutter's left columns.
  public var overlayA: CodingOverlay
  /// B's codings, in the gutter's right columns.
  public var overlayB: CodingOverlay

  /// Creates a comparison with empty overlays (filled by the reader).
  public init(a: Coder.ID, b: Coder.ID) {
    self.a = a
    self.b = b
    self.overlayA = CodingOverlay()
    self.overlayB = CodingOverlay()
  }
}
