/// A scripted terminal for tests: hands out prepared batches of events and keeps every frame.
///
/// ```swift
/// let terminal = TestTerminal(size: Size(width: 80, height: 24),
///                             script: [[.key(.down)], [.key(.character("q"))]])
/// // … run the app against `terminal` …
/// #expect(terminal.lastFrame?.plainLines().first == "Transcripts")
/// ```
public final class TestTerminal: Terminal {
  /// The current size; a scripted ``InputEvent/resize(_:)`` changes it when handed out.
  public private(set) var size: Size
  /// The batches not handed out yet, in order.
  public private(set) var script: [[InputEvent]]
  /// Every buffer drawn, oldest first.
  public private(set) var frames: [ScreenBuffer] = []
  /// How often ``readEvents(timeoutMilliseconds:)`` was called after the script ran out.
  public private(set) var readsAfterScript = 0

  /// Creates a terminal of `size` that hands out `script`, one batch per read.
  public init(size: Size, script: [[InputEvent]] = []) {
    self.size = size
    self.script = script
  }

  /// The last buffer drawn.
  public var lastFrame: ScreenBuffer? { frames.last }

  /// Whether every scripted batch was handed out.
  public var isExhausted: Bool { script.isEmpty }

  /// Appends batches to the script.
  public func enqueue(_ batches: [InputEvent]...) {
    script.append(contentsOf: batches)
  }

  /// The next scripted batch (empty once the script ran out); applies its resizes to ``size``.
  public func readEvents(timeoutMilliseconds: Int) -> [InputEvent] {
    guard !script.isEmpty else {
      readsAfterScript += 1
      return []
    }
    let batch = script.removeFirst()
    for case .resize(let newSize) in batch { size = newSize }
    return batch
  }

  /// Records `buffer`.
  public func draw(_ buffer: ScreenBuffer) {
    frames.append(buffer)
  }
}
