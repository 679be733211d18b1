import GraphvizRendering

/// Why a diagram could not be drawn, worded for the user.
public enum DiagramError: Error, Sendable, CustomStringConvertible, Equatable {
    /// libgvc failed; the wrapped error names the engine, format or plugin.
    case graphviz(GraphvizError)

    public var description: String {
        switch self {
        case .graphviz(let error): error.description
        }
    }
}
