import Foundation
import SarapTestSupport
import Testing

/// Runs the tmux scripts in `Scripts/` against the built `sarap` binary on a copy of the bundled
/// project (see `Scripts/lib.sh`): start, resize, quit, signals, locale.
///
/// Each script is one test; its output is shown when it fails. `make test` builds first; the
/// binary is the one this build made (``BuiltSarap``).
@Suite("Terminal end-to-end scripts", .serialized)
struct TerminalScriptTests {
  static let scriptsFolder = Repository.url("Tests/EndToEndTests/Scripts")

  /// Every `*.sh` in `Scripts/` but the shared `lib.sh`, sorted.
  static func scriptNames() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: scriptsFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".sh") && $0 != "lib.sh" }.sorted()
  }

  @Test("the scripts folder holds the robustness scripts")
  func robustnessScriptsExist() {
    let names = Self.scriptNames()
    let robustness = [
      "robustness-quit-and-resize.sh", "robustness-signals.sh", "robustness-locale.sh",
      "robustness-escape.sh", "robustness-crash.sh", "robustness-no-color.sh",
      "robustness-other-signals.sh",
    ]
    for name in robustness {
      #expect(names.contains(name), "missing \(name)")
    }
  }

  @Test("script passes", arguments: scriptNames())
  func scriptPasses(_ name: String) throws {
    let app = try BuiltSarap.url()
    let (status, output) = try ScriptRun.run(
      Self.scriptsFolder.appendingPathComponent(name),
      environment: ["APP": app.path, "REPO": Repository.root.path])
    #expect(status == 0, "\(name) failed (status \(status)):\n\(output)")
  }
}
