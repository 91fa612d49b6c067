import SarapCore
import TerminalKit

/// The loop that runs the workbench on any ``TerminalKit/Terminal``: read a batch of events,
/// reduce each, run the effects through the ``Environment``, render once per batch, draw.
public struct Runtime {
  /// The state, as it is after the last event.
  public var state: AppState
  /// The way to the store, the clock and files.
  public let environment: Environment
  /// Frames drawn so far.
  public private(set) var frameCount = 0

  /// Creates a runtime for a state.
  public init(state: AppState, environment: Environment) {
    self.state = state
    self.environment = environment
  }

  /// Runs until the researcher quits or a signal asks to end; returns the exit status (0, or
  /// 128 + the signal's number).
  ///
  /// - Parameters:
  ///   - terminal: Where to draw and read events from.
  ///   - stopsWhenIdle: Return when a read brings no events (for scripted terminals).
  public mutating func run(on terminal: some Terminal, stopsWhenIdle: Bool = false) -> Int32 {
    if state.size != terminal.size {
      _ = state.reduce(.resized(terminal.size), now: environment.now())
    }
    _ = noticeChangedText()
    draw(on: terminal)
    while true {
      let events = terminal.readEvents(
        timeoutMilliseconds: stopsWhenIdle ? 0 : Self.outsideChangeInterval)
      var reaction = noticeOutsideChange()
      if events.isEmpty && stopsWhenIdle { return 0 }
      for event in events {
        reaction.formUnion(handle(event))
        if reaction.contains(.quit) {
          return state.exitSignal.map(InputEvent.exitStatus(forSignal:)) ?? 0
        }
      }
      reaction.formUnion(noticeChangedText())
      if reaction.contains(.redraw) || events.contains(.wake) { draw(on: terminal) }
    }
  }

  /// How often, in milliseconds, an idle workbench looks for files changed under it (it also
  /// looks after every batch of keys).
  static let outsideChangeInterval = 2000

  /// Asks the environment whether a project file changed on disk and, if so, tells the reducer.
  public mutating func noticeOutsideChange() -> Reaction {
    guard let path = environment.noticeOutsideChange() else { return [] }
    return send(.projectChangedOnDisk(path: path))
  }

  /// Asks the environment whether a transcript's body was found changed as it was first read
  /// (by the events just handled) and, if so, tells the reducer before the frame is drawn.
  public mutating func noticeChangedText() -> Reaction {
    guard let path = environment.noticeChangedText() else { return [] }
    return send(.projectChangedOnDisk(path: path))
  }

  /// Reduces one event and every action its effects answer with; returns the combined reaction.
  public mutating func handle(_ event: InputEvent) -> Reaction {
    guard let action = Self.action(for: event) else { return [] }
    return send(action)
  }

  /// Reduces an action, runs its effects, and reduces their answers in turn.
  public mutating func send(_ action: Action) -> Reaction {
    var pending = [action]
    var reaction: Reaction = []
    while !pending.isEmpty {
      let outcome = state.reduce(pending.removeFirst(), now: environment.now())
      reaction.formUnion(outcome.reaction)
      pending += outcome.effects.map(perform)
    }
    return reaction
  }

  private mutating func draw(on terminal: some Terminal) {
    let buffer = WorkbenchScreen.render(state)
    terminal.draw(buffer)
    frameCount += 1
  }

  /// Runs one effect and answers with what happened.
  func perform(_ effect: Effect) -> Action {
    do {
      switch effect {
      case .apply(let edit, let summary):
        return .editSaved(try environment.apply(edit, summary), summary: summary)
      case .undo:
        guard let step = try environment.undo() else { return .historyUnchanged("Nothing to undo") }
        return .editUndone(step.project, summary: step.summary)
      case .redo:
        guard let step = try environment.redo() else { return .historyUnchanged("Nothing to redo") }
        return .editRedone(step.project, summary: step.summary)
      case .export(let request):
        do {
          return .exportFinished(path: try environment.export(request))
        } catch {
          return .exportFailed(String(describing: error))
        }
      case .rememberCoder(let coder):
        do {
          try environment.rememberCoder(coder)
          return .coderRemembered(coder)
        } catch {
          return .coderNotRemembered(String(describing: error))
        }
      case .readAnonymisation, .decideAnonymisation, .applyAnonymisation:
        return try performAnonymisation(effect)
      case .readRevisionText(let transcript, let path):
        do {
          return .revisionTextRead(
            transcript, text: try environment.readRevisionText(path),
            revision: environment.revisionName(transcript))
        } catch {
          return .revisionTextFailed(String(describing: error))
        }
      }
    } catch {
      return .editFailed(String(describing: error))
    }
  }

  /// The action an input event means; nil for a wake-up.
  static func action(for event: InputEvent) -> Action? {
    switch event {
    case .key(let key): .keyPressed(key)
    case .mouse(let mouse): .mouseUsed(mouse)
    case .resize(let size): .resized(size)
    case .terminationRequested(let signal): .signalReceived(signal)
    case .wake: nil
    }
  }
}
