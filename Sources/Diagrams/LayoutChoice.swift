import GraphvizRendering

/// Which Graphviz engine lays out a diagram when the user does not choose one.
///
/// `dot` draws ranked layers that read best, and nests places in boxes, but its cost
/// grows quickly with crossing edges: 80 nodes and 200 edges take it well under a second,
/// a dense graph of 200 nodes several seconds. Graphs that are nearly trees stay cheap for
/// it much longer. Everything else goes to `sfdp`, the multiscale force-directed engine,
/// with straight edges and overlap removal, which stays under a second for the diagrams
/// linkchart draws (see the README's render-time table).
public enum LayoutChoice {
    /// Up to this many nodes and ``dotEdgeLimit`` edges, any graph gets `dot`.
    public static let dotNodeLimit = 80
    /// See ``dotNodeLimit``.
    public static let dotEdgeLimit = 200
    /// A graph with at most this many nodes that is nearly a tree (at most one edge per
    /// node, plus a fifth) gets `dot` too.
    public static let treeNodeLimit = 400

    /// The engine for a graph of `nodes` nodes and `edges` edges drawn as `arrangement`:
    /// timelines always use `dot`, whose ranks they are made of.
    public static func automatic(nodes: Int, edges: Int, timeline: Bool = false) -> LayoutEngine {
        if timeline { return .dot }
        if nodes <= dotNodeLimit && edges <= dotEdgeLimit { return .dot }
        if nodes <= treeNodeLimit && edges <= nodes + nodes / 5 { return .dot }
        return .sfdp
    }

    /// Whether `engine` draws clusters (boxes around groups of nodes); the others ignore
    /// them and scatter their contents.
    public static func drawsClusters(_ engine: LayoutEngine) -> Bool {
        engine == .dot || engine == .fdp
    }
}
