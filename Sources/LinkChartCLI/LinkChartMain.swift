import ArgumentParser
import Curation
import Extraction
import Foundation
import GraphCore
import GraphStore

/// Runs `linkchart` with the process arguments and exits with a meaningful status.
///
/// Errors print to standard error: command errors exit with ``CLIError/exitCode``, errors
/// reading reports or data with 1, usage errors through swift-argument-parser (64).
public enum LinkChartMain {
    public static func run(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try LinkChart.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let error as CLIError {
            fail(error.description, code: error.exitCode)
        } catch let error as ExtractionError {
            fail(error.description, code: 1)
        } catch let error as GraphError {
            fail(error.description, code: 1)
        } catch let error as StoreError {
            fail(error.description, code: 1)
        } catch let error as CurationCommandError {
            fail(error.description, code: error.exitCode)
        } catch let error as CurationError {
            fail(error.description, code: 1)
        } catch {
            LinkChart.exit(withError: error)
        }
    }

    private static func fail(_ message: String, code: Int32) -> Never {
        StandardError.write("error: \(message)")
        exit(code)
    }
}
