/// What went wrong turning DOT text into a picture, worded so a user can act on it.
public enum GraphvizError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The DOT text does not parse; `message` is libgvc's own diagnostic
    /// (for example "syntax error in line 1 near '}'").
    case invalidDOT(message: String)
    /// The layout engine ran but failed on this graph.
    case layoutFailed(engine: String, message: String)
    /// The graph was laid out but could not be written in `format`.
    case renderFailed(format: String, message: String)
    /// libgvc has no plugin for `kind` (`"layout"`, `"output format"`, or one named plugin
    /// such as `"layout \"sfdp\""`); `available` lists what it does have of that kind.
    /// An empty `available` means the install's plugin config is missing or broken.
    case pluginsMissing(kind: String, available: [String])

    /// The message to show the user, naming the engine, format or plugin concerned.
    public var description: String {
        switch self {
        case .invalidDOT(let message):
            "invalid DOT: \(message)"
        case .layoutFailed(let engine, let message):
            "Graphviz layout \"\(engine)\" failed: \(message)"
        case .renderFailed(let format, let message):
            "Graphviz could not render \(format): \(message)"
        case .pluginsMissing(let kind, let available) where available.isEmpty:
            "Graphviz has no \(kind) plugins; the plugin config is missing: run `dot -c` as root "
                + "(Debian: reinstall libgvc6)"
        case .pluginsMissing(let kind, let available):
            "Graphviz has no \(kind) plugin; this install provides: \(available.joined(separator: ", "))"
        }
    }
}
