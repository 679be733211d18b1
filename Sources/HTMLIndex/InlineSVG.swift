/// Turns an SVG file written by Graphviz into markup that can sit inside an HTML page.
public enum InlineSVG {
    /// The `<svg>` element of `file`, without the XML declaration, doctype and comments
    /// before it, and with links that pointed from the file to `page#anchor` turned into
    /// `#anchor`, so they stay inside the page (and keep working when the page is saved
    /// or mailed under another name).
    ///
    /// Graphviz writes every attribute value with `"` escaped as `&quot;`, so the text
    /// `xlink:href="<page>#` can only be the start of a link attribute, never a name.
    public static func embed(_ file: String, linkedPage page: String?) -> String {
        guard let start = file.firstRange(of: "<svg") else { return "" }
        var svg = String(file[start.lowerBound...])
        if let page {
            svg = svg.replacing("xlink:href=\"\(page)#", with: "xlink:href=\"#")
        }
        return svg
    }
}
