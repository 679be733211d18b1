import CGraphviz
import Synchronization

// `free` for the strings and arrays libgvc hands over with malloc.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one door into libgvc.
///
/// libgvc is not thread-safe: the DOT parser, the error log, the attribute dictionaries and
/// the plugin registry are process-global, and parallel layouts crash. Every call into it
/// therefore happens inside ``withSession(_:)``, which holds one process-wide lock.
///
/// One `GVC_t` context is created on first use and kept for the life of the process: it
/// costs about 0.5 ms to create and load plugins, against 0.07 ms for a small render.
enum _LibGVC {
    /// What the lock protects: the shared context and the plugin lists read from it.
    struct Session {
        /// The `GVC_t *`, or `nil` before first use.
        fileprivate var context: OpaquePointer?
        /// Layout plugin names, sorted, from `gvPluginList(context, "layout")`.
        private(set) var layouts: [String] = []
        /// Output device (`-T`) names, sorted, from `gvPluginList(context, "device")`.
        private(set) var formats: [String] = []

        /// The context, created (with its plugin lists read) on first use.
        mutating func gvc() -> OpaquePointer? {
            if let context { return context }
            // Errors and warnings go to libgvc's log (read back with aglasterr) instead of
            // being printed to stderr; set before the first call that might report one.
            _ = agseterr(AGMAX)
            guard let created = gvContext() else { return nil }
            context = created
            layouts = Self.pluginNames(created, kind: "layout")
            formats = Self.pluginNames(created, kind: "device")
            return created
        }

        /// The names of the plugins of one API kind, each once, sorted.
        private static func pluginNames(_ gvc: OpaquePointer, kind: String) -> [String] {
            var count: Int32 = 0
            guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
            defer { free(list) }
            var names: Set<String> = []
            for index in 0..<Int(max(count, 0)) {
                guard let name = list[index] else { continue }
                names.insert(String(cString: name))
                free(name)
            }
            return names.sorted()
        }
    }

    private static let session = Mutex(Session())

    /// Runs `body` with exclusive use of libgvc.
    static func withSession<Result: Sendable, Failure: Error>(
        _ body: (inout Session) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try session.withLock { (session: inout sending Session) throws(Failure) -> Result in
            try body(&session)
        }
    }

    /// Clears libgvc's error level, so that ``lastError(orElse:)`` only reports errors raised
    /// after this call. Call with the lock held.
    static func resetErrors() {
        _ = agreseterrors()
    }

    /// The last message libgvc logged, if an error was logged since ``resetErrors()``;
    /// otherwise `fallback`. Call with the lock held.
    ///
    /// `aglasterr()` returns the last logged message even when it is stale (logged by an
    /// earlier call), so it is consulted only when `agerrors()` says an error occurred.
    static func lastError(orElse fallback: String) -> String {
        guard agerrors() >= Int32(AGERR.rawValue) else { return fallback }
        guard let raw = aglasterr() else { return fallback }
        defer { free(raw) }
        let message = String(cString: raw).trimmingWhitespace()
        return message.isEmpty ? fallback : message
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
