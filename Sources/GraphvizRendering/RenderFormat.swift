/// An output format libgvc can write a laid-out graph in.
///
/// The raw values are the `-T` device names. Which formats an install really has is
/// reported by ``GraphvizRenderer/availableFormats()``; `png` and `pdf` come from the cairo
/// plugin, which minimal installs may lack.
public enum RenderFormat: String, Sendable, CaseIterable {
    /// Scalable Vector Graphics, text kept as `<text>` elements.
    case svg
    /// A PNG bitmap.
    case png
    /// A PDF document.
    case pdf
    /// The laid-out graph as DOT text with `pos`, `bb` and friends added (the `-Tdot`
    /// renderer): positions computed once can be stored, diffed or rendered elsewhere.
    case dot
}
