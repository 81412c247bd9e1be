import Foundation

/// External programs some tests drive (GDAL's ogrinfo and validate_gpkg.py, chromium…).
public enum ExternalTools {
    /// Runs a program and returns its exit status and combined standard output and error.
    public static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    public static let ogrinfo = "/usr/bin/ogrinfo"
    /// GDAL's GeoPackage validator, run with Debian's python3 (which has `osgeo`).
    public static let validateGPKG = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"

    /// Whether GDAL's tools are installed (scripts/test.sh installs gdal-bin and python3-gdal).
    public static var gdalAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: ogrinfo) && FileManager.default.fileExists(atPath: validateGPKG)
    }

    /// `ogrinfo -ro -al -so FILE` and validate_gpkg.py on a GeoPackage: (ogrinfo output, validator status+output).
    public static func checkGeoPackage(_ path: String) throws -> (ogrinfo: String, validatorStatus: Int32, validator: String) {
        let info = try run(ogrinfo, ["-ro", "-al", "-so", path])
        let validation = try run("/usr/bin/python3", [validateGPKG, path])
        return (info.output, validation.status, validation.output)
    }
}
