import Foundation
import SarapCore
import SarapStore
import TerminalKit
import Workbench
import WorkbenchStart

/// Times the workbench's render path on the long transcript (issue 6): start to first frame, a
/// full frame, and a key-to-frame cycle, all rendered into TerminalKit's ``ScreenBuffer`` (no
/// terminal: the curses blit and refresh are not included).
struct RenderSuite {
  /// The project folder holding the long transcript.
  let folder: URL
  /// Timed runs of start-to-first-frame.
  let runs: Int
  /// Frames timed one by one for the per-frame figures.
  let frames: Int
  /// A scale project (the 100x one) whose start to first frame is also timed, on a copy; nil
  /// to skip.
  var scaleProject: URL?
  /// The terminal size of the aim.
  static let size = Size(width: 120, height: 40)

  /// What the suite found besides timings.
  struct Facts: Codable, Sendable {
    var characters: Int
    var codings: Int
    var rows: Int
    var top: Int
    var codingsInView: Int
  }

  /// Runs the suite.
  func run() throws -> (measurements: [Measurement], facts: Facts) {
    var bench = Bench(runs: runs)
    note("render path on \(folder.path)")
    let first = try bench.measure(
      "render.start_to_first_frame", note: "load + AppState + first 120x40 frame"
    ) {
      let state = try openState()
      return (state, WorkbenchScreen.render(state))
    }
    let project = first.0.project
    bench.measure("render.state_init", note: "AppState: analysis, layout, overlay") {
      AppState(project: project, projectName: "long", coder: "bench", size: Self.size)
    }
    if let scaleProject { try startAtScale(scaleProject, into: &bench) }
    var state = first.0
    let facts = moveToMiddle(&state)
    bench.record(
      perFrame("render.frame", note: "a full 120x40 frame, reader focused") {
        keep(WorkbenchScreen.render(state))
      })
    var moving = state
    var step = 0
    bench.record(
      perFrame("render.key_to_frame", note: "reduce j (k every other 100) then render") {
        let key: Key = (step / 100) % 2 == 0 ? .character("j") : .character("k")
        step += 1
        keep(moving.reduce(.keyPressed(key), now: Timestamp("2026-11-27T00:00:00Z")))
        keep(WorkbenchScreen.render(moving))
      })
    return (bench.measurements, facts)
  }

  /// Start to first frame as the workbench does it (``WorkbenchOpening``: a writable session
  /// with lock, history and load, bodies read when shown; the first state; the first frame) on a
  /// copy of a scale project: once with no project cache, then with the cache that first start
  /// left; then, for comparison, with every body read during the load (how the workbench opened
  /// before bodies were read when shown).
  private func startAtScale(_ source: URL, into bench: inout Bench) throws {
    let copy = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-bench-start-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: source, to: copy)
    defer { try? FileManager.default.removeItem(at: copy) }
    note("start to first frame on a copy of \(source.path)")
    let cold = try timed { try firstFrame(copy) }
    bench.record(
      Measurement(
        name: "render.start_scale_no_cache", samples: [cold.seconds],
        note: "workbench session open + first state + first frame, no .sarap/cache yet (1 run)"))
    try bench.measure(
      "render.start_scale",
      note: "workbench session open + first state + first frame, from .sarap/cache"
    ) { try firstFrame(copy) }
    try bench.measure(
      "render.start_scale_text_in_memory",
      note: "the same with every body read during the load (the workbench before `firstframe`)"
    ) { try firstFrame(copy, text: .inMemory) }
  }

  /// Opens the workbench on `folder` as `sarap` does and renders its first frame.
  private func firstFrame(_ folder: URL) throws -> ScreenBuffer {
    let session = try WorkbenchOpening.session(folder: folder, coder: "bench", readOnly: false)
    defer { session.close() }
    return WorkbenchScreen.render(
      WorkbenchOpening.state(of: session, folder: folder, size: Self.size))
  }

  /// The first frame with the session's bodies loaded as `text` says.
  private func firstFrame(_ folder: URL, text: ProjectFolder.TextLoading) throws -> ScreenBuffer {
    let session = try ProjectSession.open(folder: folder, coder: "bench", text: text)
    defer { session.close() }
    return WorkbenchScreen.render(
      WorkbenchOpening.state(of: session, folder: folder, size: Self.size))
  }

  private func openState() throws -> AppState {
    let project = try ProjectFolder(url: folder).load()
    return AppState(project: project, projectName: "long", coder: "bench", size: Self.size)
  }

  /// Focuses the reader and pages down to the middle of the transcript.
  private func moveToMiddle(_ state: inout AppState) -> Facts {
    let now = Timestamp("2026-11-27T00:00:00Z")
    _ = state.reduce(.keyPressed(.tab), now: now)
    let rows = state.reader.document?.layout.lines.count ?? 0
    var guardCount = 0
    while state.reader.top < rows / 2, guardCount < 10_000 {
      _ = state.reduce(.keyPressed(.pageDown), now: now)
      guardCount += 1
    }
    let document = state.reader.document
    let visible = document.map { document in
      let layout = document.layout
      let bottom = min(state.reader.top + Self.size.height, layout.lines.count - 1)
      let first = layout.scalarRange(ofRow: min(state.reader.top, bottom)).lowerBound
      let last = layout.scalarRange(ofRow: bottom).upperBound
      return state.reader.overlay.indices(overlapping: first..<last).count
    }
    return Facts(
      characters: document?.length ?? 0, codings: state.project.codings.count, rows: rows,
      top: state.reader.top, codingsInView: visible ?? 0)
  }

  /// Times `frame` once per sample, `frames` samples, after 20 untimed ones.
  private func perFrame(_ name: String, note: String, _ frame: () -> Void) -> Measurement {
    for _ in 0..<20 { frame() }
    var samples: [Double] = []
    samples.reserveCapacity(frames)
    for _ in 0..<frames { samples.append(timed(frame).seconds) }
    return Measurement(name: name, samples: samples, note: note)
  }
}
