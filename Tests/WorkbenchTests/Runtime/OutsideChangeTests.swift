import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// A file changed under an open workbench (a hand edit, a `git pull`) is named on the status line
/// when the workbench next looks: after a batch of keys, or on its idle timer.
@Suite("Scripted session: a file changed on disk is noticed")
struct OutsideChangeTests {
  /// How often the environment was asked, and when it answers.
  final class Disk {
    var looks = 0
    var changedAtLook: Int
    init(changedAtLook: Int) { self.changedAtLook = changedAtLook }
  }

  static let path = "Codebooks/codebook.txt"

  @Test("an idle read with nothing typed still looks, and the status line names the file")
  func idleNotice() {
    let store = InMemoryStore(Fixture.project)
    let disk = Disk(changedAtLook: 2)
    var environment = store.environment
    environment.noticeOutsideChange = {
      disk.looks += 1
      return disk.looks == disk.changedAtLook ? Self.path : nil
    }
    let terminal = TestTerminal(
      size: Size(width: 120, height: 40),
      script: [[.key(.character("j"))], [], [.key(.character("q"))]])
    var runtime = Runtime(state: Fixture.state(), environment: environment)
    #expect(runtime.run(on: terminal) == 0)
    #expect(disk.looks >= 3)
    let noticed = terminal.frames.map { $0.plainLines().joined(separator: "\n") }
    #expect(noticed.filter { $0.contains("codebook.txt changed on disk") }.count == 1)
    #expect(!noticed.first!.contains("changed on disk"))
  }

  @Test("a transcript found changed as its body is read is named in the frame that reads it")
  func changedTextNotice() {
    let store = InMemoryStore(Fixture.project)
    let disk = Disk(changedAtLook: 3)
    var environment = store.environment
    environment.noticeChangedText = {
      disk.looks += 1
      return disk.looks == disk.changedAtLook ? "Transcripts/R02.txt" : nil
    }
    let terminal = TestTerminal(
      size: Size(width: 120, height: 40),
      script: [[.key(.character("j"))], [.key(.character("j"))], [.key(.character("q"))]])
    var runtime = Runtime(state: Fixture.state(), environment: environment)
    #expect(runtime.run(on: terminal) == 0)
    // Asked before the first frame and after each batch of keys, before its frame.
    #expect(disk.looks == 3)
    let frames = terminal.frames.map { $0.plainLines().joined(separator: "\n") }
    #expect(frames.count == 3)
    #expect(!frames[1].contains("changed on disk"))
    #expect(frames[2].contains("Transcripts/R02.txt changed on disk; edits refused, reopen"))
  }

  @Test("the notice names the file and says edits are refused until the project is reopened")
  func noticeWording() {
    var state = Fixture.state()
    _ = state.reduce(.projectChangedOnDisk(path: Self.path), now: Fixture.time)
    #expect(state.status?.kind == .error)
    #expect(
      state.status?.text == "Codebooks/codebook.txt changed on disk; edits refused, reopen")
  }
}
