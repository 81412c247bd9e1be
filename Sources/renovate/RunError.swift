/// An error found while a command runs (exit status 1), as opposed to a usage error found by `validate()`
/// (`ValidationError`, exit status 64 with the usage). The message names the file, building or value.
struct RunError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
