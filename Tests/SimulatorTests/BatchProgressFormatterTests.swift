import Testing

@testable import Simulator

@Suite("Batch progress formatting") struct BatchProgressFormatterTests {
    /// 1234 of 5000 done, 3 failed; 1000 of them in this session's 4 s: 250 pairs/s, 3766 left → 15.064 s.
    let midway = BatchProgress(completed: 1234, failed: 3, total: 5000, completedThisSession: 1000, elapsedSeconds: 4)

    @Test func rateAndETAComeFromThisSessionOnly() throws {
        let rate = try #require(midway.ratePerSecond)
        #expect(abs(rate - 250) < 1e-12)
        let eta = try #require(midway.etaSeconds)
        #expect(abs(eta - 3766.0 / 250.0) < 1e-12)
    }

    @Test func barOnATerminal() {
        // 1234/5000 = 24.68 % → 5 of 24 cells, "24.6%" (truncated, never shows 100% early); ETA 15.064 s → 0:16.
        #expect(
            BatchProgressFormatter.bar(midway)
                == "[#####-------------------]  1234/5000  24.6%  250 pairs/s  ETA 0:16  3 failed")
    }

    @Test func plainLineForLogs() {
        #expect(BatchProgressFormatter.line(midway) == "1234/5000 pairs (24.6%), 3 failed, 250 pairs/s, ETA 0:16")
    }

    @Test func beforeAnyRateIsKnown() {
        let start = BatchProgress(completed: 40, failed: 0, total: 200, completedThisSession: 0, elapsedSeconds: 0)
        #expect(start.ratePerSecond == nil && start.etaSeconds == nil)
        #expect(BatchProgressFormatter.line(start) == "40/200 pairs (20.0%), -- pairs/s, ETA unknown")
        #expect(BatchProgressFormatter.bar(start, width: 10) == "[##--------]  40/200  20.0%  -- pairs/s  ETA --:--")
    }

    @Test func slowRatesKeepATenth() {
        let slow = BatchProgress(completed: 3, failed: 0, total: 10, completedThisSession: 3, elapsedSeconds: 2)
        #expect(BatchProgressFormatter.line(slow) == "3/10 pairs (30.0%), 1.5 pairs/s, ETA 0:05")
    }

    @Test(arguments: [(0.0, "0:00"), (0.2, "0:01"), (59.0, "0:59"), (61.0, "1:01"), (3600.0, "1:00:00"), (3725.0, "1:02:05")])
    func durations(seconds: Double, text: String) {
        #expect(BatchProgressFormatter.duration(seconds) == text)
    }

    @Test func throttleEmitsFirstPeriodicallyAndLast() {
        var throttle = ProgressThrottle(intervalSeconds: 10)
        func at(_ seconds: Double, done: Int) -> BatchProgress {
            BatchProgress(completed: done, failed: 0, total: 100, completedThisSession: done, elapsedSeconds: seconds)
        }
        let emitted = [(1.0, 10), (5.0, 20), (11.5, 30), (12.0, 40), (21.0, 50), (22.0, 100)].map {
            throttle.shouldEmit(at($0.0, done: $0.1))
        }
        #expect(emitted == [true, false, true, false, false, true])
    }
}
