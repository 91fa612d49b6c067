import Foundation

/// What stands at a project file's path, so that a folder, a FIFO or a device in place of a
/// project file is reported as a problem of that path and never read (opening a FIFO to read it
/// would wait for a writer forever).
enum ProjectFileKind {
  /// Why the object at `url` cannot be read as a project file; nil for a regular file (or a
  /// symbolic link to one) and for nothing at all.
  static func problem(at url: URL) -> String? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "not a regular file (a folder)"
    case S_IFIFO: return "not a regular file (a FIFO)"
    case S_IFCHR, S_IFBLK: return "not a regular file (a device)"
    case S_IFSOCK: return "not a regular file (a socket)"
    default: return "not a regular file"
    }
  }
}
