import Testing

/// The tests that change the process's locale or take over a terminal, run one at a time.
@Suite(.serialized)
struct LocaleDependentTests {}
