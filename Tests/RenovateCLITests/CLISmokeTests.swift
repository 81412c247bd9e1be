import Testing
import Foundation
import TestSupport

@Suite struct CLISmokeTests {
    @Test func helpListsSubcommands() throws {
        let out = try CLI.run(["--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("facades"))
    }
}
