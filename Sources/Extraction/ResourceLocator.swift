import Foundation

/// Finds the folder holding the gazetteer and lexicon files.
///
/// SwiftPM copies `Sources/Extraction/Resources` into a bundle beside the built program.
/// The generated `Bundle.module` accessor stops the process when that bundle is missing
/// (a binary copied elsewhere); this lookup reports an error the user can act on instead.
enum ResourceLocator {
    static let bundleName = "linkchart_Extraction.resources"

    /// The resources folder, searched in order: `$LINKCHART_RESOURCES`, the bundle beside
    /// the running program, and the source tree this module was built from.
    static func resourcesFolder() throws -> URL {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["LINKCHART_RESOURCES"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        var bases: [URL] = []
        if let executable = Bundle.main.executableURL {
            bases.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        bases.append(Bundle.main.bundleURL)
        if let resources = Bundle.main.resourceURL { bases.append(resources) }
        for base in bases {
            candidates.append(base.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
            candidates.append(base.appendingPathComponent("linkchart_Extraction.bundle/Contents/Resources/Resources"))
            candidates.append(base.appendingPathComponent("linkchart_Extraction.bundle/Resources"))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources"))
        var searched: [String] = []
        for candidate in candidates where !searched.contains(candidate.standardizedFileURL.path) {
            if isResourcesFolder(candidate) { return candidate }
            searched.append(candidate.standardizedFileURL.path)
        }
        throw ExtractionError.resourcesNotFound(searched: searched)
    }

    private static func isResourcesFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let gazetteer = url.appendingPathComponent("gazetteer").path
        return FileManager.default.fileExists(atPath: gazetteer, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
