import GraphCore
import HTMLIndex

/// The frame every page shares: head, navigation with the search box, and the body.
///
/// Pages build their body from ``HTMLPage/escape(_:)``d text and ``Links`` only; the
/// frame adds no script, font or outside resource, and the stylesheet comes from the
/// server itself (`/style.css`), so a strict Content-Security-Policy holds.
struct HTMLPage: Sendable {
    var title: String
    var body: String
    /// The text already in the search box.
    var query: String = ""

    /// `text` escaped for HTML content or a quoted attribute.
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// The whole page; `suggestions` become the search box's `<datalist>`.
    func html(suggestions: [Suggestion]) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(Self.escape(title)) · linkchart</title>
            <link rel="stylesheet" href="/style.css"/>
            </head>
            <body>
            <header>
            <a class="home" href="/">linkchart</a>
            <form class="search" action="/search" method="get" role="search">
            <input type="search" name="q" list="names" placeholder="Search a name, alias or misspelling" value="\(Self.escape(query))" aria-label="Search entities"/>
            <button type="submit">Search</button>
            </form>
            <nav><a href="/path">Path</a> <a href="/timeline">Timeline</a> <a href="/api/">API</a></nav>
            </header>
            <datalist id="names">
            """
        for suggestion in suggestions {
            out += "<option value=\"\(Self.escape(suggestion.value))\">\(suggestion.label.map(Self.escape) ?? "")</option>"
        }
        out += "</datalist>\n<main>\n" + body + "\n</main>\n</body>\n</html>\n"
        return out
    }

    /// A link to an entity's page, with its type as a coloured tag.
    static func entityLink(_ entity: Entity, tag: Bool = true) -> String {
        let link = "<a href=\"\(escape(Links.entity(entity.id)))\">\(escape(entity.name))</a>"
        return tag ? link + " " + kindTag(entity.kind) : link
    }

    /// The small coloured tag that says an entity's type.
    static func kindTag(_ kind: EntityKind) -> String {
        "<span class=\"kind \(kind.rawValue)\">\(kind.rawValue)</span>"
    }

    /// A link to a report's page, showing its title, or with `short` its file name (the
    /// title then shows on hover).
    static func reportLink(_ id: DocumentID, in graph: EntityGraph, short: Bool = false) -> String {
        let document = graph.documents[id]
        let title = document.map { $0.title.isEmpty ? $0.fileName : $0.title } ?? id.rawValue
        let label = short ? (document?.fileName ?? id.rawValue) : title
        return "<a class=\"report\" href=\"\(escape(Links.report(id)))\" title=\"\(escape(title))\">\(escape(label))</a>"
    }

    /// A figure holding an inline diagram, or a note when there is nothing to draw.
    static func figure(_ svg: String?, caption: String) -> String {
        guard let svg else { return "<p class=\"note\">Nothing to draw.</p>" }
        return "<figure>\(svg)<figcaption>\(escape(caption))</figcaption></figure>"
    }
}
