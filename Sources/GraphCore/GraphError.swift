/// Errors raised by the graph model, each naming what went wrong.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A relation names an entity the graph does not hold.
    case unknownEntity(EntityID)
    /// A graph file is not in the `linkchart-graph` format, or is of a version this build
    /// cannot read.
    case unsupportedFormat(format: String, version: Int)

    public var description: String {
        switch self {
        case .unknownEntity(let id):
            "relation refers to unknown entity \(id)"
        case .unsupportedFormat(let format, let version):
            "unsupported graph file: format \"\(format)\" version \(version); expected \"\(GraphExport.formatName)\" version \(GraphExport.currentVersion)"
        }
    }
}
