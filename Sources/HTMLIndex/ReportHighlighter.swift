import GraphCore

/// A report's text as HTML, with every mention of an entity marked and linked to the
/// entity's section.
///
/// Mention offsets count Unicode code points from the start of the file, so the text is
/// walked by `unicodeScalars`. A mention that overlaps an earlier one, or whose offsets do
/// not match its text (a report changed since the graph was built), is left unmarked
/// rather than marking the wrong words.
public enum ReportHighlighter {
    /// A mention together with the entity it names.
    public struct Mark: Sendable {
        public var mention: Mention
        public var entity: Entity
        public init(mention: Mention, entity: Entity) {
            self.mention = mention
            self.entity = entity
        }
    }

    /// The marks of one report, in text order, from every entity of `graph`.
    public static func marks(for document: DocumentID, in graph: EntityGraph) -> [Mark] {
        var marks: [Mark] = []
        for entity in graph.entities.values {
            for mention in entity.mentions where mention.document == document {
                marks.append(Mark(mention: mention, entity: entity))
            }
        }
        return marks.sorted { ($0.mention.start, $0.mention.end, $0.entity.id) < ($1.mention.start, $1.mention.end, $1.entity.id) }
    }

    /// `text` escaped, with each usable mark wrapped in
    /// `<a class="mention KIND" href="LINK" title="KIND: NAME">…</a>`, where LINK is
    /// `link(entity)` (by default `#` and the entity's section of index.html), escaped.
    ///
    /// - Complexity: O(n + m) over the text's code points and the marks.
    public static func html(
        _ text: String, marks: [Mark], link: (EntityID) -> String = { "#" + IndexAnchor.entity($0) }
    ) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var position = 0
        func plain(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        for mark in marks {
            let start = mark.mention.start
            let end = mark.mention.end
            guard start >= position, start < end, end <= scalars.count, plain(start..<end) == mark.mention.text else {
                continue
            }
            out += HTMLEscaping.escape(plain(position..<start))
            let kind = mark.entity.kind.rawValue
            out += "<a class=\"mention \(kind)\" href=\"\(HTMLEscaping.escape(link(mark.entity.id)))\" title=\""
                + HTMLEscaping.escape("\(kind): \(mark.entity.name)") + "\">"
                + HTMLEscaping.escape(mark.mention.text) + "</a>"
            position = end
        }
        out += HTMLEscaping.escape(plain(position..<scalars.count))
        return out
    }
}
