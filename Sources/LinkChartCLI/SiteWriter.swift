import Diagrams
import Foundation
import GraphCore
import GraphQuery
import GraphvizRendering
import HTMLIndex

/// Writes the diagrams of the main job and the `index.html` that holds them, into one
/// output folder:
///
/// | file | what |
/// |---|---|
/// | `graph.dot`, `graph.svg` | the overview |
/// | `timeline.dot`, `timeline.svg` | the events by date |
/// | `reports/<report>.dot`, `.svg` | one diagram per report |
/// | `entities/<anchor>.svg` | the ego network of each of the most important entities |
/// | `index.html` | all of it in one offline page |
///
/// Nodes in the SVG files link to the entity's section of `index.html`; the page inlines
/// the same diagrams with those links made internal.
struct SiteWriter {
    /// The folder written into.
    var out: String
    /// Entities kept in each diagram.
    var maxNodes: Int
    /// Entities that get an ego diagram (the most important first).
    var egoDiagramLimit: Int
    /// Entities that get a section in index.html.
    var indexEntityLimit: Int
    /// Reports whose text and diagram go into index.html.
    var indexReportLimit: Int
    /// The layout of the overview, if the user chose one.
    var overviewLayout: LayoutEngine?

    /// Writes everything for `graph`, whose reports' texts are `texts`; returns the paths written.
    func write(_ graph: EntityGraph, texts: [DocumentID: String], written: inout [String]) throws {
        let ranked = graph.entitiesByImportance()
        let sectioned = Set(ranked.prefix(indexEntityLimit))
        let indexedReports = Set(graph.sortedDocuments.prefix(indexReportLimit).map(\.id))
        func links(prefix: String, page: String) -> DiagramLinks {
            DiagramLinks(
                elementIDPrefix: prefix,
                entity: { sectioned.contains($0) ? "\(page)#\(IndexAnchor.entity($0))" : nil },
                document: { indexedReports.contains($0) ? "\(page)#\(IndexAnchor.report($0))" : nil })
        }
        func emit(_ bytes: [UInt8], _ relative: String) throws {
            let path = (out as NSString).appendingPathComponent(relative)
            try FileWriter.write(bytes, to: path)
            written.append(path)
        }
        /// Writes `diagram` as DOT (when asked) and SVG; returns the SVG for the page.
        func draw(_ diagram: Diagram, _ base: String, prefix: String, dot: Bool, layout: LayoutEngine? = nil) throws -> IndexPage.Figure {
            let page = base.contains("/") ? "../index.html" : "index.html"
            let links = links(prefix: prefix, page: page)
            let engine = layout ?? diagram.automaticLayout
            if dot {
                try emit(try diagram.renderForCommand(format: .dot, layout: engine, links: links).bytes, base + ".dot")
            }
            let svg = try diagram.renderForCommand(format: .svg, layout: engine, links: links).bytes
            try emit(svg, base + ".svg")
            return IndexPage.Figure(svg: InlineSVG.embed(String(decoding: svg, as: UTF8.self), linkedPage: page), file: base + ".svg")
        }

        let overview = try draw(Diagram.overview(of: graph, maxNodes: maxNodes), "graph", prefix: "ov", dot: true, layout: overviewLayout)
        let timeline = try draw(Diagram.timeline(of: graph, maxNodes: maxNodes), "timeline", prefix: "tl", dot: true)

        var reportFigures: [DocumentID: IndexPage.Figure] = [:]
        var reportFiles: Set<String> = []
        for (index, document) in graph.sortedDocuments.enumerated() {
            guard let diagram = Diagram.report(document.id, in: graph, maxNodes: maxNodes) else { continue }
            let base = "reports/" + Self.diagramName(for: document.id)
            let figure = try draw(diagram, base, prefix: "r\(index)", dot: true)
            if indexedReports.contains(document.id) { reportFigures[document.id] = figure }
            reportFiles.formUnion([base + ".dot", base + ".svg"])
        }

        var entityFigures: [EntityID: IndexPage.Figure] = [:]
        var entityFiles: Set<String> = []
        let graphIndex = GraphIndex(graph)
        for (index, id) in ranked.prefix(egoDiagramLimit).enumerated() {
            guard let diagram = Diagram.ego(of: id, in: graphIndex, depth: 1, maxNodes: maxNodes) else { continue }
            let base = "entities/" + IndexAnchor.entity(id)
            entityFigures[id] = try draw(diagram, base, prefix: "g\(index)", dot: false)
            entityFiles.insert(base + ".svg")
        }
        removeStale(in: "reports", keeping: reportFiles)
        removeStale(in: "entities", keeping: entityFiles)

        let reports = graph.documents.count
        let page = IndexPage(
            graph: graph, title: "linkchart: \(reports) report\(reports == 1 ? "" : "s")",
            overview: overview, timeline: timeline,
            entities: Self.indexOrder(sectioned, in: graph), entityFigures: entityFigures,
            reportTexts: texts.filter { indexedReports.contains($0.key) }, reportFigures: reportFigures)
        try emit(Array(page.html().utf8), "index.html")
    }

    /// The order of the entity index: most mentioned first, then by name.
    static func indexOrder(_ ids: Set<EntityID>, in graph: EntityGraph) -> [EntityID] {
        ids.compactMap { graph.entities[$0] }.sorted { a, b in
            a.mentions.count != b.mentions.count ? a.mentions.count > b.mentions.count : (a.name, a.id) < (b.name, b.id)
        }.map(\.id)
    }

    /// The file name (without extension) of a report's diagram: its identifier with
    /// subfolders joined by `__`.
    static func diagramName(for id: DocumentID) -> String {
        id.rawValue.replacingOccurrences(of: "/", with: "__")
    }

    /// Removes diagrams of reports or entities that are no longer drawn.
    private func removeStale(in folder: String, keeping current: Set<String>) {
        let path = (out as NSString).appendingPathComponent(folder)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for file in existing where (file.hasSuffix(".dot") || file.hasSuffix(".svg")) && !current.contains("\(folder)/\(file)") {
            try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(file))
        }
    }
}
