import Testing
@testable import Simulator

@Suite struct SimulatorSmokeTests {
    @Test func moduleLinks() { #expect(String(describing: SimulatorModule.self) == "SimulatorModule") }
}
