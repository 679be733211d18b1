import Extraction
import Foundation
import GraphCore

/// Report texts for the ingest benchmark: the development reports and seeds, copied with the
/// names in their text varied, so extraction finds new entities in each copy.
///
/// The rules are those the query benchmark applies to extracted facts: entities named in at
/// least 3 of the source reports (Daily NK, North Korea, the Ministry of State Security…) keep
/// their names and become hubs; people get a new given name in every copy; other places and
/// agencies one of 40 variants of their first word (`Onsong County` -> `Hyoksang County`),
/// so each variant recurs across copies as counties do. Copy 0 is the source itself.
public struct VariedReports: Sendable {
    /// A report's path inside the corpus folder (`00042/000_d642fd3dd39ad37c.txt`) and text.
    public struct File: Sendable {
        public var path: String
        public var text: String
    }

    private struct Source {
        var name: String
        var scalars: [Unicode.Scalar]
        /// Code-point ranges to rename, in order, with the entity's kind and identifier.
        var spans: [(range: Range<Int>, text: String, kind: EntityKind, entity: String)]
    }

    private let sources: [Source]

    /// The sources under `root` (see ``BenchmarkReports/folders``), extracted once to find
    /// the names to vary.
    public init(root: URL, extractor: Extractor) {
        let files = BenchmarkReports.sources(under: root)
        var reports: [Report] = []
        for file in files {
            let id = DocumentID(rawValue: String(file.name.dropLast(4)))
            if let report = try? ReportReader.read(file.data, path: "\(file.folder)/\(file.name)", id: id) { reports.append(report) }
        }
        let facts = reports.map(extractor.extract)
        var naming: [EntityID: Int] = [:]
        for item in facts {
            for entity in item.entities where entity.kind != .event { naming[entity.id, default: 0] += 1 }
        }
        sources = zip(reports, facts).map { report, facts in
            var spans: [(range: Range<Int>, text: String, kind: EntityKind, entity: String)] = []
            for entity in facts.entities where entity.kind != .event && naming[entity.id, default: 0] < 3 {
                for mention in entity.mentions {
                    spans.append((mention.start..<mention.end, mention.text, entity.kind, entity.id.rawValue))
                }
            }
            spans.sort { $0.range.lowerBound < $1.range.lowerBound }
            // Nested or overlapping mentions: keep the first of each run.
            var kept: [(range: Range<Int>, text: String, kind: EntityKind, entity: String)] = []
            for span in spans where kept.last.map({ $0.range.upperBound <= span.range.lowerBound }) ?? true {
                kept.append(span)
            }
            return Source(name: report.document.fileName, scalars: Array(report.text.unicodeScalars), spans: kept)
        }
    }

    /// The number of distinct source reports.
    public var sourceCount: Int { sources.count }

    /// Report `index` of the corpus: copy `index / sourceCount` of source `index % sourceCount`.
    public func file(_ index: Int) -> File {
        let source = sources[index % sources.count]
        let copy = index / sources.count
        let path = String(format: "%05d/", copy) + source.name
        guard copy > 0 else { return File(path: path, text: String(String.UnicodeScalarView(source.scalars))) }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(source.scalars.count + 64)
        var at = 0
        for span in source.spans {
            out.append(contentsOf: source.scalars[at..<span.range.lowerBound])
            let variant = span.kind == .person ? copy : copy % 40
            out.append(contentsOf: renamed(span.text, kind: span.kind, variant: variant, base: span.entity).unicodeScalars)
            at = span.range.upperBound
        }
        out.append(contentsOf: source.scalars[at...])
        return File(path: path, text: String(out))
    }
}
