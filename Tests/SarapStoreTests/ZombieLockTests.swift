import Foundation
import Testing

@testable import SarapStore

/// A Sarap killed with SIGKILL whose parent has not reaped it yet is a zombie: it holds nothing,
/// so its lock is stale (before, 10 of 30 quick restarts were refused).
@Suite("Locks of zombie processes")
struct ZombieLockTests {
  @Test("a lock held by a zombie on this host is taken over; a live holder's is not")
  func zombieLockIsStale() throws {
    let folder = try TemporaryProject()
    var pid: pid_t = 0
    let arguments = ["/bin/sh", "-c", "exit 0"]
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    #expect(posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0)
    defer { waitpid(pid, nil, 0) }
    let deadline = Date().addingTimeInterval(10)
    while !ProjectLock.isZombie(pid), Date() < deadline { usleep(5_000) }
    #expect(ProjectLock.isZombie(pid), "the child never became a zombie")
    #expect(kill(pid, 0) == 0, "a zombie still answers kill(pid, 0)")
    let host = ProjectLock.currentHost()
    try folder.write(
      "sarap-lock 1\ncoder: ghost\nhost: \(host)\npid: \(pid)\nstarted: 2020-01-01T00:00:00Z\n",
      to: ".sarap/lock")
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(ProjectLock.read(folder.url.appendingPathComponent(".sarap/lock"))?.coder == "ana")
    session.close()
    #expect(!ProjectLock.isZombie(getpid()))
    let live = ProjectLock.Holder(coder: "me", host: host, pid: getpid(), started: "now")
    #expect(!ProjectLock.isStale(live))
  }
}
