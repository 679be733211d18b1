import Foundation

/// What produced a report's facts: the extraction rules' version and a hash of the data
/// files (gazetteer and lexicon) they read.
///
/// The store keeps it with every report, so that `ingest` re-extracts reports whose facts
/// came from other rules or other data, not only reports whose text changed: an upgraded
/// linkchart or an edited gazetteer never leaves stale facts behind.
public enum ExtractionVersion {
    /// The version of the rules in code. Raise it whenever a change to extraction code
    /// changes what it finds.
    public static let rules = 4

    /// `rules` and the FNV-1a hash of every data file under `resources`, in name order:
    /// `4-1a2b3c4d5e6f7081`.
    static func fingerprint(of resources: URL) throws -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        for folder in ["gazetteer", "lexicon"] {
            let url = resources.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            for name in names {
                mix((folder + "/" + name).utf8)
                if let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) { mix(data) }
            }
        }
        return "\(rules)-" + String(hash, radix: 16)
    }
}
