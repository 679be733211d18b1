/// A Graphviz layout program: how node positions and edge routes are computed.
///
/// The raw values are the plugin names libgvc knows them by (and the names of the
/// command-line programs), so `LayoutEngine(rawValue:)` parses a `--layout` option directly.
/// Which engines an install really has is reported by ``GraphvizRenderer/availableLayouts()``.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Hierarchical layers; follows edge direction. Best for `located_in` chains.
    case dot
    /// Spring model (stress majorisation); good for small undirected link charts.
    case neato
    /// Force-directed (Fruchterman–Reingold); like neato but faster on medium graphs.
    case fdp
    /// Multiscale force-directed; the one to use for large graphs.
    case sfdp
    /// Circular layout; suits graphs made of cycles.
    case circo
    /// Radial layout around a centre node; suits ego networks.
    case twopi
}
