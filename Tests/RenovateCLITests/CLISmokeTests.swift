import Testing
import Foundation

@Suite struct CLISmokeTests {
    @Test func helpListsSubcommands() throws {
        let out = try CLI.run(["--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("facades"))
    }
}
