import Foundation
import GraphCore

/// One report as the store writes it: its `documents` row and its facts already encoded
/// by ``FactsCodec``.
///
/// Ingest encodes each report on the core that extracted it, so the one writer only runs
/// SQL, and the facts are freed on the thread that built them.
struct EncodedReport: Sendable {
    var document: Document
    var facts: Data
    var file: String
    var hash: ContentHash
    var extraction: String?

    init(_ facts: ReportFacts, file: String, hash: ContentHash, extraction: String?) {
        document = facts.document
        self.facts = FactsCodec.encodedData(facts)
        self.file = file
        self.hash = hash
        self.extraction = extraction
    }
}
