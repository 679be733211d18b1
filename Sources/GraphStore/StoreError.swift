/// What can go wrong with a store, saying which file.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The file could not be opened, created or migrated.
    case cannotOpen(path: String, reason: String)
    /// A read or write failed.
    case failed(path: String, operation: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the store \(path): \(reason)"
        case .failed(let path, let operation, let reason):
            "\(operation) failed in the store \(path): \(reason)"
        }
    }
}

extension GraphStore {
    /// Runs `body`, turning database errors into ``StoreError/failed(path:operation:reason:)``.
    func perform<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.failed(path: path, operation: operation, reason: Self.reason(error))
        }
    }
}
