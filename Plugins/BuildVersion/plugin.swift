import Foundation
import PackagePlugin

/// Writes `BuildVersion.swift` before each build of the `renovate` target: the release in `VERSION` and the
/// checkout's `git describe --always --dirty --tags` (empty outside a git checkout), so that a results file
/// records the exact source it was computed with. The file is rewritten only when its text changes, so an
/// unchanged checkout recompiles nothing.
@main
struct BuildVersion: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let output = outputDirectory.appending(path: "BuildVersion.swift")
        let script = """
            set -u
            cd "$1" || exit 1
            release=$(tr -d ' \\n' < VERSION 2>/dev/null || echo 0.0.0)
            commit=$(git describe --always --dirty --tags 2>/dev/null || true)
            text="enum BuildVersion { static let release = \\"$release\\"; static let commit = \\"$commit\\" }"
            mkdir -p "$(dirname "$2")"
            [ -f "$2" ] && [ "$(cat "$2")" = "$text" ] || printf '%s\\n' "$text" > "$2"
            """
        return [
            .prebuildCommand(
                displayName: "renovate version from VERSION and git",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "sh", context.package.directoryURL.path, output.path],
                outputFilesDirectory: outputDirectory),
        ]
    }
}
