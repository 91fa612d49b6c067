import TerminalKit

/// The whole screen for a state: a pure function from ``AppState`` to a ``ScreenBuffer``.
///
/// The main screen (transcripts, reader, codebook) or a full screen (help, retrieval, reports),
/// then any dialog on top, then the status and hint lines.
public enum WorkbenchScreen {
  /// Renders the state at its size.
  public static func render(_ state: AppState) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: state.size)
    guard let layout = WorkbenchLayout.arrange(state.size) else {
      TooSmallScreen.render(state.size, into: &buffer)
      return buffer
    }
    let main = Rect(x: 0, y: 0, width: state.size.width, height: layout.status.y)
    switch fullScreen(of: state) {
    case .help: HelpScreen.render(state, in: main, into: &buffer)
    case .retrieval: RetrievalScreen.render(state, in: main, into: &buffer)
    case .reports: ReportsScreen.render(state, in: main, into: &buffer)
    case .claims: ClaimsScreen.render(state, in: main, into: &buffer)
    case .anonymisation: AnonymisationScreen.render(state, in: main, into: &buffer)
    case .journal: JournalScreen.render(state, in: main, into: &buffer)
    case .guideRevisions: GuideRevisionsScreen.render(state, in: main, into: &buffer)
    case .review: ReviewScreen.render(state, in: main, into: &buffer)
    case .disagreements: DisagreementsScreen.render(state, in: main, into: &buffer)
    default: renderPanes(state, layout: layout, into: &buffer)
    }
    DialogView.render(state, in: main, into: &buffer)
    StatusLine.render(state, in: layout.status, into: &buffer)
    HintLine.render(state, in: layout.hints, into: &buffer)
    StatusLine.renderOverflow(state, status: layout.status, hints: layout.hints, into: &buffer)
    return buffer
  }

  /// The innermost full-screen mode under any dialogs, if any.
  static func fullScreen(of state: AppState) -> Mode? {
    state.modes.last { $0.isFullScreen }
  }

  private static func renderPanes(
    _ state: AppState, layout: WorkbenchLayout, into buffer: inout ScreenBuffer
  ) {
    TranscriptListPane.render(state, in: layout.transcripts, into: &buffer)
    CodebookPane.render(state, in: layout.codebook, into: &buffer)
    buffer.fill(layout.separator, with: "│", style: Styles.quiet)
    ReaderPane.render(state, layout: layout, into: &buffer)
  }
}
