import GraphCore

/// The graph as files for Neo4j: two CSV files for `neo4j-admin database import full` (a
/// new database, the fast path for a corpus that has outgrown one machine's memory) and a
/// Cypher script that loads the same files into an existing database with `LOAD CSV`.
///
/// - `linkchart-nodes.csv`: one row per entity. Header `id:ID,:LABEL,name,kind,category,
///   trigger,date,aliases:string[],mentions:int,reports:int,documents:string[]`; labels
///   `Entity` plus `Person`, `Place`, `Agency` or `Event`.
/// - `linkchart-relationships.csv`: one row per relation. Header `:START_ID,:END_ID,:TYPE,
///   id,kind,weight:int,reports:int,outlets:int,single_source:boolean,
///   evidence_documents:string[],evidence_sentences:int[],evidence:string[]`; the type is
///   the relation type in upper case (`LOCATED_IN`), the three evidence arrays are parallel.
/// - `linkchart-import.cypher`: a uniqueness constraint on `Entity.id`, then `LOAD CSV` of
///   both files in batches of 1,000 rows; safe to run again (it merges).
///
/// Array items are separated by U+001F (``CSVEscaping/arrayDelimiter``), so `neo4j-admin`
/// needs `--array-delimiter=U+001F`; ``adminCommand`` gives the whole command line.
public struct Neo4jExport: Sendable {
    /// The files, by name, in the order written.
    public private(set) var files: [(name: String, contents: String)] = []

    public static let nodesFile = "linkchart-nodes.csv"
    public static let relationshipsFile = "linkchart-relationships.csv"
    public static let scriptFile = "linkchart-import.cypher"

    /// The node file's columns, in order.
    public static let nodeHeader = [
        "id:ID", ":LABEL", "name", "kind", "category", "trigger", "date", "aliases:string[]", "mentions:int", "reports:int",
        "documents:string[]", "role:boolean",
    ]
    /// The relationship file's columns, in order.
    public static let relationshipHeader = [
        ":START_ID", ":END_ID", ":TYPE", "id", "kind", "weight:int", "reports:int", "outlets:int", "single_source:boolean",
        "confidence:double", "evidence_documents:string[]", "evidence_sentences:int[]", "evidence:string[]",
    ]

    /// The command that imports the files into a new database `neo4j`, run from the folder
    /// that holds them.
    public static let adminCommand = """
        neo4j-admin database import full neo4j --nodes=\(nodesFile) --relationships=\(relationshipsFile) \
        --array-delimiter=U+001F --multiline-fields=true --legacy-style-quoting=false
        """

    /// The export of `graph`.
    ///
    /// - Complexity: O(V + E) plus the size of the evidence.
    public init(_ graph: EntityGraph) {
        files = [
            (Self.nodesFile, Self.nodes(graph)),
            (Self.relationshipsFile, Self.relationships(graph)),
            (Self.scriptFile, Self.script(graph)),
        ]
    }

    /// The Neo4j label of an entity kind (`person` -> `Person`).
    public static func label(_ kind: EntityKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    private static func nodes(_ graph: EntityGraph) -> String {
        var out = nodeHeader.joined(separator: ",") + "\n"
        out.reserveCapacity(300 * graph.entities.count + 256)
        for entity in graph.sortedEntities {
            let documents = entity.documents.map(\.rawValue)
            let row = [
                CSVEscaping.field(entity.id.rawValue),
                CSVEscaping.array(["Entity", label(entity.kind)]),
                CSVEscaping.field(entity.name),
                CSVEscaping.field(entity.kind.rawValue),
                CSVEscaping.field(entity.category),
                CSVEscaping.field(entity.trigger),
                CSVEscaping.field(entity.date),
                CSVEscaping.array(entity.aliases),
                String(entity.mentions.count),
                String(documents.count),
                CSVEscaping.array(documents),
                entity.isRole ? "true" : "false",
            ]
            out += row.joined(separator: ",")
            out += "\n"
        }
        return out
    }

    private static func relationships(_ graph: EntityGraph) -> String {
        var out = relationshipHeader.joined(separator: ",") + "\n"
        out.reserveCapacity(400 * graph.relations.count + 256)
        for relation in graph.sortedRelations {
            let row = [
                CSVEscaping.field(relation.source.rawValue),
                CSVEscaping.field(relation.target.rawValue),
                CSVEscaping.field(CypherEscaping.relationshipType(relation.kind.rawValue)),
                CSVEscaping.field(relation.id),
                CSVEscaping.field(relation.kind.rawValue),
                String(relation.weight),
                String(relation.reportCount),
                String(relation.outletCount(in: graph.documents)),
                relation.isSingleSource ? "true" : "false",
                String(relation.confidence),
                CSVEscaping.array(relation.evidence.map(\.document.rawValue)),
                CSVEscaping.array(relation.evidence.map { String($0.sentence) }),
                CSVEscaping.array(relation.evidence.map(\.text)),
            ]
            out += row.joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// The `LOAD CSV` script. Names from reports never appear in it: they stay in the CSV
    /// files and arrive as data.
    private static func script(_ graph: EntityGraph) -> String {
        let split = CypherEscaping.literal(String(CSVEscaping.arrayDelimiter))
        func column(_ name: String) -> String { "row." + CypherEscaping.name(name) }
        func array(_ name: String) -> String {
            "CASE WHEN coalesce(\(column(name)), '') = '' THEN [] ELSE split(\(column(name)), \(split)) END"
        }
        func text(_ name: String) -> String {
            "CASE WHEN \(column(name)) = '' THEN null ELSE \(column(name)) END"
        }
        var out = """
            // linkchart graph: \(graph.documents.count) reports, \(graph.entities.count) entities, \(graph.relations.count) relations.
            // Loads \(nodesFile) and \(relationshipsFile) into an existing Neo4j 5 database. Copy both
            // files into the database's import folder, then run: cypher-shell -f \(scriptFile)
            // For a new database, `neo4j-admin` imports the same files much faster:
            //   \(adminCommand)
            // Running the script again updates the entities and relations it loaded before.

            CREATE CONSTRAINT linkchart_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

            LOAD CSV WITH HEADERS FROM \(CypherEscaping.literal("file:///" + nodesFile)) AS row
            CALL {
              WITH row
              MERGE (e:Entity {id: \(column("id:ID"))})
              SET e.name = \(column("name")), e.kind = \(column("kind")),
                  e.category = \(text("category")), e.trigger = \(text("trigger")), e.date = \(text("date")),
                  e.aliases = \(array("aliases:string[]")),
                  e.mentions = toInteger(\(column("mentions:int"))), e.reports = toInteger(\(column("reports:int"))),
                  e.documents = \(array("documents:string[]")), e.role = toBoolean(\(column("role:boolean")))

            """
        for kind in EntityKind.allCases {
            out += "  FOREACH (_ IN CASE WHEN \(column("kind")) = \(CypherEscaping.literal(kind.rawValue)) THEN [1] ELSE [] END | "
            out += "SET e:\(CypherEscaping.name(label(kind))))\n"
        }
        out += "} IN TRANSACTIONS OF 1000 ROWS;\n"
        // A relationship type cannot be a parameter: one statement per type in the graph.
        let types = Set(graph.relations.values.map { CypherEscaping.relationshipType($0.kind.rawValue) }).sorted()
        for type in types {
            out += """

                LOAD CSV WITH HEADERS FROM \(CypherEscaping.literal("file:///" + relationshipsFile)) AS row
                WITH row WHERE \(column(":TYPE")) = \(CypherEscaping.literal(type))
                CALL {
                  WITH row
                  MATCH (a:Entity {id: \(column(":START_ID"))}), (b:Entity {id: \(column(":END_ID"))})
                  MERGE (a)-[r:\(CypherEscaping.name(type)) {id: \(column("id"))}]->(b)
                  SET r.kind = \(column("kind")), r.weight = toInteger(\(column("weight:int"))),
                      r.reports = toInteger(\(column("reports:int"))), r.outlets = toInteger(\(column("outlets:int"))),
                      r.single_source = toBoolean(\(column("single_source:boolean"))),
                      r.confidence = toFloat(\(column("confidence:double"))),
                      r.evidence_documents = \(array("evidence_documents:string[]")),
                      r.evidence_sentences = [s IN \(array("evidence_sentences:int[]")) | toInteger(s)],
                      r.evidence = \(array("evidence:string[]"))
                } IN TRANSACTIONS OF 1000 ROWS;

                """
        }
        return out
    }
}
