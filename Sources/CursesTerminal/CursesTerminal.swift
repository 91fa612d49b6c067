import CNcursesw
import TerminalKit
