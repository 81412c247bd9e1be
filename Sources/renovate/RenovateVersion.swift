/// The tool version a results file records (`run.tool_version`) and `renovate --version` prints: the release in
/// `VERSION` and the source's commit (`git describe --always --dirty --tags`, written at build time by the
/// `BuildVersion` plugin), e.g. `0.2.0+badbccc` or `0.2.0+badbccc-dirty`; the release alone outside a git checkout.
/// `--resume` and `merge` refuse results of another version.
enum RenovateVersion {
    static let string = BuildVersion.commit.isEmpty ? BuildVersion.release : "\(BuildVersion.release)+\(BuildVersion.commit)"
}
