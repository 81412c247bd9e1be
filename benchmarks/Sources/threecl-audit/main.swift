import Foundation
import ThreeCL

// threecl-audit CHAPTER [DIR]: recomputes one chapter of the 3CL-DPE method on every ADEME DPE XML of DIR
// (default ../shared/data/dpe3cl/ademe-xml) and compares it with what the certified software recorded in the same
// file (`donnee_intermediaire` per element, `sortie`). A development tool: it tells which chapter disagrees, where.

let arguments = Array(CommandLine.arguments.dropFirst())
let audits: [String: (([ADEMEDocument]) throws -> Void)] = [
    "envelope": EnvelopeAudit.run,
    "heating": HeatingAudit.run,
    "hotwater": HotWaterAudit.run,
    "e2e": EndToEndAudit.run,
]
guard let chapter = arguments.first, let audit = audits[chapter] else {
    FileHandle.standardError.write(
        "usage: threecl-audit \(audits.keys.sorted().joined(separator: "|")) [DIR]\n".data(using: .utf8)!)
    exit(2)
}
let dir = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "../shared/data/dpe3cl/ademe-xml")
let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
    .filter { $0.pathExtension == "xml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
var documents: [ADEMEDocument] = []
for f in files {
    do { documents.append(try ADEMEDocument(contentsOf: f)) } catch {
        print("\(f.lastPathComponent): not read: \(error)")
    }
}
try audit(documents)
