// swift-tools-version: 6.0
// linkchart: news reports in, a relationship graph of people, places, agencies and events out.
//
// Dependencies point one way:
//   GraphCore  <-  Extraction
//   GraphCore  <-  DOTEncoding
//   GraphCore  <-  GraphQuery             (questions asked of a graph: paths, centrality, search)
//   CGraphviz  <-  GraphvizRendering      (the only module that touches libgvc)
//   GraphCore, DOTEncoding, GraphvizRendering  <-  Diagrams   (what each diagram shows)
//   GraphCore  <-  HTMLIndex              (the offline index.html around the diagrams)
//   GraphCore, GRDB  <-  GraphStore       (the SQLite store that ingest fills and queries read)
//   GraphCore, Yams  <-  Curation         (analysts' decisions, kept in a YAML file, applied to facts)
//   GraphCore  <-  GraphExchange          (GraphML, GEXF and Neo4j files for analysts' tools)
//   GraphCore, GraphQuery  <-  QueryAnswers   (the JSON answers of the queries: --json and /api/)
//   GraphQuery, Diagrams, HTMLIndex, QueryAnswers, Hummingbird  <-  LinkChartServer  (`serve`)
//   all of them <- LinkChartCLI <- linkchart (main.swift only)
import PackageDescription

/// Every program links tcmalloc (Debian's libgoogle-perftools-dev, installed by
/// `scripts/ensure-system-libraries.sh` with Graphviz): extraction makes about 0.4 small allocations
/// per byte of text, and glibc's malloc and free cost it about 15% of its time; tcmalloc's
/// thread caches make them several times cheaper. Nothing calls it: linking it replaces
/// `malloc` and `free` for the whole process.
let fastAllocator: [LinkerSetting] = [.linkedLibrary("tcmalloc_minimal", .when(platforms: [.linux]))]

let package = Package(
    name: "linkchart",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "linkchart", targets: ["linkchart"]),
        .library(name: "GraphCore", targets: ["GraphCore"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "GraphQuery", targets: ["GraphQuery"]),
        .library(name: "DOTEncoding", targets: ["DOTEncoding"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .library(name: "Curation", targets: ["Curation"]),
        .library(name: "GraphExchange", targets: ["GraphExchange"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        .target(name: "GraphCore"),
        .target(
            name: "Extraction",
            dependencies: ["GraphCore"],
            resources: [.copy("Resources")]
        ),
        .target(name: "DOTEncoding", dependencies: ["GraphCore"]),
        .target(name: "GraphQuery", dependencies: ["GraphCore"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        .target(name: "Diagrams", dependencies: ["GraphCore", "GraphQuery", "DOTEncoding", "GraphvizRendering"]),
        .target(name: "HTMLIndex", dependencies: ["GraphCore"]),
        .target(name: "GraphStore", dependencies: ["GraphCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Curation", dependencies: ["GraphCore", .product(name: "Yams", package: "Yams")]),
        .target(name: "GraphExchange", dependencies: ["GraphCore"]),
        .target(name: "QueryAnswers", dependencies: ["GraphCore", "GraphQuery"]),
        .target(
            name: "LinkChartServer",
            dependencies: [
                "GraphCore", "GraphQuery", "Diagrams", "HTMLIndex", "QueryAnswers",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .target(
            name: "LinkChartCLI",
            dependencies: [
                "GraphCore", "GraphQuery", "Extraction", "DOTEncoding", "GraphvizRendering", "Diagrams", "HTMLIndex", "GraphStore",
                "Curation", "GraphExchange", "QueryAnswers", "LinkChartServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "linkchart", dependencies: ["LinkChartCLI"], linkerSettings: fastAllocator),
        // Speed and memory figures, kept out of the test suite: timings never fail a test.
        .executableTarget(
            name: "linkchart-benchmark",
            dependencies: ["Extraction", "GraphCore", "BenchmarkSupport"],
            path: "Benchmarks/ExtractionBenchmark",
            linkerSettings: fastAllocator
        ),
        // What curation adds to building a graph: `make curation-bench`.
        .executableTarget(
            name: "linkchart-curation-benchmark",
            dependencies: ["Extraction", "GraphCore", "Curation", "BenchmarkSupport"],
            path: "Benchmarks/CurationBenchmark",
            linkerSettings: fastAllocator
        ),
        // What the benchmarks share: the reports they are built from.
        .target(name: "BenchmarkSupport", dependencies: ["Extraction", "GraphCore"], path: "Benchmarks/BenchmarkSupport"),
        // Query speed on a graph of 10,000 reports: `make query-bench`.
        .executableTarget(
            name: "linkchart-query-benchmark",
            dependencies: ["Extraction", "GraphCore", "GraphQuery", "BenchmarkSupport"],
            path: "Benchmarks/QueryBenchmark",
            linkerSettings: fastAllocator
        ),
        // Ingest speed, memory and store size on 10,000 varied reports: `make ingest-bench`.
        .executableTarget(
            name: "linkchart-ingest-benchmark",
            dependencies: ["Extraction", "GraphCore", "GraphStore", "BenchmarkSupport"],
            path: "Benchmarks/IngestBenchmark",
            linkerSettings: fastAllocator
        ),
        // Diagram render times: `make render-bench`.
        .executableTarget(
            name: "linkchart-render-benchmark",
            dependencies: ["Extraction", "GraphCore", "GraphQuery", "Diagrams", "GraphvizRendering", "BenchmarkSupport"],
            path: "Benchmarks/RenderBenchmark",
            linkerSettings: fastAllocator
        ),
        .testTarget(name: "GraphCoreTests", dependencies: ["GraphCore", "GraphFixtures"]),
        .testTarget(name: "GraphQueryTests", dependencies: ["GraphQuery", "GraphCore", "GraphFixtures"]),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Extraction", "GraphCore"],
            exclude: ["Fixtures"]  // read from the source tree by path: reports and gold files
        ),
        .testTarget(
            name: "DOTEncodingTests",
            dependencies: ["DOTEncoding", "GraphCore", "GraphvizRendering", "SVGTestSupport"],
            exclude: ["Fixtures"]  // the golden DOT file, read from the source tree by path
        ),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering", "SVGTestSupport"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "GraphCore", "SVGTestSupport"]),
        .testTarget(name: "HTMLIndexTests", dependencies: ["HTMLIndex", "Diagrams", "GraphCore", "SVGTestSupport"]),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphStore", "GraphCore", "Extraction"]),
        .testTarget(name: "CurationTests", dependencies: ["Curation", "GraphCore", "GraphStore", "Extraction"]),
        .testTarget(name: "GraphExchangeTests", dependencies: ["GraphExchange", "GraphCore", "GraphFixtures"]),
        .testTarget(
            name: "LinkChartCLITests",
            dependencies: ["LinkChartCLI", "Diagrams", "GraphCore", "GraphStore", "Curation", "Extraction", "SVGTestSupport"]
        ),
        .testTarget(
            name: "LinkChartServerTests",
            dependencies: [
                "LinkChartServer", "QueryAnswers", "GraphCore", "GraphQuery", "Extraction", "SVGTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        // Small hand-built graphs shared by the graph and query tests.
        .target(name: "GraphFixtures", dependencies: ["GraphCore"], path: "Tests/GraphFixtures"),
        // Parses rendered SVG for the tests that check diagrams.
        .target(name: "SVGTestSupport", path: "Tests/SVGTestSupport"),
    ]
)
