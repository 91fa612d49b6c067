import Foundation
import SarapTestSupport
import Testing

/// The README's screenshot: the workbench at 120x40 on a copy of the bundled project, captured
/// from the real binary in tmux by `Scripts/capture/readme-screenshot.sh`.
@Suite("README screenshot")
struct ReadmeScreenshotTests {
  @Test("README's screenshot is the workbench at 120x40 on the bundled project")
  func screenshotIsFresh() throws {
    let root = Repository.root
    let app = try BuiltSarap.url()
    let capture = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sarap-screenshot-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(at: capture) }
    let script = TerminalScriptTests.scriptsFolder.appendingPathComponent(
      "capture/readme-screenshot.sh")
    let (status, output) = try ScriptRun.run(
      script, environment: ["APP": app.path, "REPO": root.path, "SCREENSHOT_OUT": capture.path])
    try #require(status == 0, "readme-screenshot.sh failed (status \(status)):\n\(output)")
    let screen = try String(contentsOf: capture, encoding: .utf8)
    let problem = try GeneratedDocSection(page: "README.md", name: "screenshot").problem(
      comparedWith: "```text\n" + screen + "```\n",
      regenerate: "RECORD_SNAPSHOTS=1 swift test --filter ReadmeScreenshotTests")
    #expect(problem == nil, "\(problem ?? "")")
  }
}
