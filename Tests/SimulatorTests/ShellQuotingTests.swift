import Foundation
import PropertyBased
import Testing

@testable import Simulator

@Suite("Shell quoting") struct ShellQuotingTests {
    @Test(arguments: [
        ("/work/samples/cahors/buildings.gpkg", "/work/samples/cahors/buildings.gpkg"),
        ("--array=2,4", "--array=2,4"),
        ("", "''"),
        ("my stock.gpkg", "'my stock.gpkg'"),
        ("it's", #"'it'\''s'"#),
        ("$HOME", "'$HOME'"),
        ("a;b", "'a;b'"),
        ("~/x", "'~/x'"),
        ("#x", "'#x'"),
        ("FOO=bar", "'FOO=bar'"),
        ("é", "'é'"),
    ])
    func quotesOnlyWhatTheShellWouldInterpret(word: String, quoted: String) {
        #expect(ShellQuoting.quote(word) == quoted)
    }

    /// Whatever the words, `sh -c "printf '%s\0' QUOTED…"` gives them back unchanged, one argument each.
    @Test func everyWordReachesTheProgramUnchanged() async {
        let alphabet = Array("aZ09 _-./=:,@%+~#\t\n'\"\\$`!*?[]{}()<>|&;^é🏠") as [Character]
        let word = Gen<Character?>.element(of: alphabet).map { $0! }.string(of: 0...10)
        await propertyCheck(input: word.array(of: 1...5)) { words in
            let command = "printf '%s\\0' " + ShellQuoting.join(words)
            let echoed = try! Self.shell(command)
            #expect(echoed == words, "command: \(command)")
        }
    }

    /// Runs `/bin/sh -c command` and splits its standard output at NUL bytes.
    static func shell(_ command: String) throws -> [String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        var words = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if words.last == "" { words.removeLast() }
        return words
    }
}
