import Foundation
import Testing
import TestSupport

/// `renovate dpe` through the binary, as a user runs it: the real ADEME corpus, one file, bad input.
@Suite("renovate dpe")
struct DPECommandTests {
    static let corpus = "data/dpe3cl/ademe-xml"
    static var hasCorpus: Bool { SharedData.has(corpus) }

    struct Summary: Decodable {
        struct Agreement: Decodable {
            var files: Int
            var computed: Int
            var classIdentical: Int
            var classWithinOne: Int
            var primaryEnergyWithin5Percent: Int
        }
        var overall: Agreement
    }

    struct Document: Decodable {
        var summary: Summary
    }

    /// The agreement on the 200 real DPE, measured by `renovate dpe ../shared/data/dpe3cl/ademe-xml`. The floors
    /// are what the engine reached when this test was written (benchmarks/README.md, "3CL-DPE engine"), above the
    /// issue's targets (90 % and 75 %), so a change that loses agreement fails here.
    @Test("The 200 real DPE: class and primary energy agreement do not fall below the measured level",
          .enabled(if: hasCorpus, "../shared/data/dpe3cl/ademe-xml is absent"))
    func corpusAgreement() throws {
        let out = try CLI.run(["dpe", SharedData.url(Self.corpus).path, "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let doc = try JSONDecoder().decode(Document.self, from: Data(out.stdout.utf8))
        let all = doc.summary.overall
        #expect(all.files == 200)
        let classShare = Double(all.classIdentical) / Double(all.files)
        let epShare = Double(all.primaryEnergyWithin5Percent) / Double(all.files)
        #expect(classShare >= DPEAgreementFloor.classIdentical, "class identical: \(all.classIdentical) of 200")
        #expect(epShare >= DPEAgreementFloor.primaryEnergyWithin5Percent,
                "primary energy within 5 %: \(all.primaryEnergyWithin5Percent) of 200")
    }

    @Test("One file: the class and the quantities beside the recorded ones",
          .enabled(if: hasCorpus, "../shared/data/dpe3cl/ademe-xml is absent"))
    func oneFile() throws {
        let out = try CLI.run(["dpe", SharedData.url(Self.corpus + "/2187E0981996L.xml").path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("2187E0981996L.xml"))
        #expect(out.stdout.contains("recorded G"))
        #expect(out.stdout.contains("ep_conso_5_usages_m2"))
        #expect(!out.stdout.contains("Summary"))
    }

    @Test("CSV: one row per file and quantity, with a header pandas reads",
          .enabled(if: hasCorpus, "../shared/data/dpe3cl/ademe-xml is absent"))
    func csv() throws {
        let out = try CLI.run(["dpe", SharedData.url(Self.corpus + "/2187E0981996L.xml").path, "--format", "csv"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.first == "file,numero_dpe,quantity,unit,computed,recorded,relative_difference")
        #expect(lines.contains { $0.hasPrefix("2187E0981996L.xml,2187E0981996L,ep_conso_5_usages_m2,") })
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 7 })
    }

    @Test("A truncated XML is refused with the file and position, nothing printed on stdout")
    func truncated() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dpe-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("cut.xml")
        try Data("<dpe><numero_dpe>X</numero_dpe><administratif><enum_version_id>2".utf8).write(to: bad)
        let out = try CLI.run(["dpe", bad.path])
        #expect(out.status != 0)
        #expect(out.stderr.contains("cut.xml"))
        #expect(out.stderr.contains("not well-formed XML"))
        #expect(out.stdout.isEmpty)
    }

    @Test("An unsupported schema version is refused, naming the version")
    func version() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dpe-ver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = dir.appendingPathComponent("v9.xml")
        try Data("<dpe><administratif><enum_version_id>9.1</enum_version_id></administratif><logement/></dpe>".utf8)
            .write(to: f)
        let out = try CLI.run(["dpe", f.path])
        #expect(out.status != 0)
        #expect(out.stderr.contains("v9.xml: DPE schema version \"9.1\" is not supported"))
    }

    @Test("A missing path is a usage error naming it")
    func missing() throws {
        let out = try CLI.run(["dpe", "/nonexistent/dpe.xml"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("/nonexistent/dpe.xml"))
    }
}

/// The agreement measured on the 200 real DPE when the engine last moved (see DPECommandTests.corpusAgreement):
/// 186 of 200 classes identical, 181 of 200 within 5 % on primary energy per m² (the issue asks ≥ 90 % and ≥ 75 %).
/// A change that moves a file across a class limit must update these floors and say why.
enum DPEAgreementFloor {
    static let classIdentical = 0.93
    static let primaryEnergyWithin5Percent = 0.905
}
