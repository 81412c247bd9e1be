import Foundation

/// Runs the built `renovate` binary (from the same build folder as the tests) and captures its output.
public enum CLI {
    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public static var binary: URL {
        // Tests run from <build>/<config>/renovatePackageTests.xctest; the executable sits beside it.
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("renovate")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/renovate")
    }

    /// Runs `binary` (default: the built renovate) with `arguments`; `environment` is added to this process's.
    public static func run(_ arguments: [String], cwd: URL? = nil, environment: [String: String] = [:],
                           binary: URL = binary) throws -> Output {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        if let cwd { p.currentDirectoryURL = cwd }
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}
