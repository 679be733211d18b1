#!/usr/bin/env python3
"""Checks linkchart's exports with the parsers analysts' tools use.

    python3 scripts/check-exports.py GRAPH.json [--graphml FILE] [--gexf FILE] [--neo4j FOLDER]

GRAPH.json is the same graph in the linkchart-graph contract (`linkchart export --format
json`): the truth each export is compared with. GraphML and GEXF are read with networkx
(read_graphml, read_gexf), the Neo4j CSV files with Python's csv module (RFC 4180, the
quoting neo4j-admin reads). Every entity and relation must come back with its values.

Exit status: 0 when every export checks out, 1 when one does not (each problem is printed),
2 when networkx is missing (scripts/ensure-networkx.sh installs it) or the usage is wrong.
"""
import argparse
import csv
import json
import os
import sys

try:
    import networkx as nx
except ImportError:
    print("check-exports: networkx is not installed; run scripts/ensure-networkx.sh "
          "(or: python3 -m pip install networkx)", file=sys.stderr)
    sys.exit(2)

ARRAY = "\x1f"  # the array delimiter of the Neo4j CSV files
problems = []


def problem(text):
    problems.append(text)


def xml_visible(text):
    """What an XML parser gives back for text that linkchart escaped: the characters XML 1.0
    cannot carry are U+FFFD."""
    out = []
    for ch in text:
        code = ord(ch)
        if code in (0x09, 0x0A, 0x0D):
            out.append(ch)
        elif code < 0x20 or code in (0xFFFE, 0xFFFF):
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def support(graph):
    """Each relation's outlet count, computed as the contract defines it."""
    return {r["id"]: r["outlets"] for r in graph["relations"]}


def expect(what, got, wanted):
    if got != wanted:
        problem(f"{what}: got {got!r}, expected {wanted!r}")


def spans(entity):
    """Every span of an entity: a role node's are its `descriptions`."""
    return entity["mentions"] + entity.get("descriptions", [])


def check_entity_values(fmt, ident, data, entity):
    expect(f"{fmt} node {ident!r} kind", data.get("kind"), entity["type"])
    expect(f"{fmt} node {ident!r} category", data.get("category"), entity.get("category"))
    expect(f"{fmt} node {ident!r} mentions", data.get("mentions"), len(spans(entity)))
    expect(f"{fmt} node {ident!r} reports", data.get("reports"), len({m["document"] for m in spans(entity)}))
    expect(f"{fmt} node {ident!r} role", data.get("role"), entity.get("role", False))
    try:
        expect(f"{fmt} node {ident!r} aliases", json.loads(data.get("aliases", "null")), entity["aliases"])
    except ValueError as error:
        problem(f"{fmt} node {ident!r}: aliases are not JSON: {error}")


def check_relation_values(fmt, ident, data, relation):
    expect(f"{fmt} edge {ident!r} weight", data.get("weight"), float(relation["weight"]))
    expect(f"{fmt} edge {ident!r} reports", data.get("reports"), relation["reports"])
    expect(f"{fmt} edge {ident!r} outlets", data.get("outlets"), relation["outlets"])
    expect(f"{fmt} edge {ident!r} single_source", data.get("single_source"), relation["single_source"])
    expect(f"{fmt} edge {ident!r} confidence", data.get("confidence"), relation["confidence"])
    expect(f"{fmt} edge {ident!r} symmetric", data.get("symmetric"), relation["type"] in ("co_mentioned", "family"))
    try:
        evidence = json.loads(data.get("evidence", "null"))
        expect(f"{fmt} edge {ident!r} evidence", evidence,
               [{"document": e["document"], "sentence": e["sentence"], "text": e["text"]} for e in relation["evidence"]])
    except ValueError as error:
        problem(f"{fmt} edge {ident!r}: evidence is not JSON: {error}")


def check_networkx(fmt, graph, read):
    try:
        g = read()
    except Exception as error:  # any rejection by the parser is a failure
        problem(f"{fmt}: networkx rejected the file: {type(error).__name__}: {error}")
        return
    expect(f"{fmt} node count", g.number_of_nodes(), len(graph["entities"]))
    expect(f"{fmt} edge count", g.number_of_edges(), len(graph["relations"]))
    for entity in graph["entities"]:
        ident = xml_visible(entity["id"])
        if ident not in g.nodes:
            problem(f"{fmt}: no node {ident!r}")
            continue
        data = g.nodes[ident]
        expect(f"{fmt} node {ident!r} label", data.get("label"), xml_visible(entity["name"]))
        check_entity_values(fmt, ident, data, entity)
    edges = {}
    # networkx gives a multigraph only when two relations join the same two entities.
    triples = g.edges(keys=True, data=True) if g.is_multigraph() else ((s, t, None, d) for s, t, d in g.edges(data=True))
    for source, target, key, data in triples:
        edges[data.get("id", key)] = (source, target, data)
    for relation in graph["relations"]:
        ident = xml_visible(relation["id"])
        if ident not in edges:
            problem(f"{fmt}: no edge {ident!r}")
            continue
        source, target, data = edges[ident]
        expect(f"{fmt} edge {ident!r} ends", (source, target), (xml_visible(relation["source"]), xml_visible(relation["target"])))
        kind = data.get("relation", data.get("label"))
        expect(f"{fmt} edge {ident!r} type", kind, xml_visible(relation["type"]))
        check_relation_values(fmt, ident, data, relation)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle, strict=True))


def split(field):
    return field.split(ARRAY) if field else []


def check_neo4j(folder, graph):
    nodes_path = os.path.join(folder, "linkchart-nodes.csv")
    rels_path = os.path.join(folder, "linkchart-relationships.csv")
    script_path = os.path.join(folder, "linkchart-import.cypher")
    for path in (nodes_path, rels_path, script_path):
        if not os.path.isfile(path):
            problem(f"neo4j: {path} is missing")
            return
    try:
        nodes = read_csv(nodes_path)
        rels = read_csv(rels_path)
    except csv.Error as error:
        problem(f"neo4j: the csv module rejected a file: {error}")
        return
    node_header = ["id:ID", ":LABEL", "name", "kind", "category", "trigger", "date", "aliases:string[]",
                   "mentions:int", "reports:int", "documents:string[]", "role:boolean"]
    rel_header = [":START_ID", ":END_ID", ":TYPE", "id", "kind", "weight:int", "reports:int", "outlets:int",
                  "single_source:boolean", "confidence:double", "evidence_documents:string[]", "evidence_sentences:int[]", "evidence:string[]"]
    expect("neo4j nodes header", nodes[0] if nodes else None, node_header)
    expect("neo4j relationships header", rels[0] if rels else None, rel_header)
    for number, row in enumerate(nodes[1:], start=2):
        if len(row) != len(node_header):
            problem(f"neo4j nodes line {number}: {len(row)} columns, expected {len(node_header)}")
    for number, row in enumerate(rels[1:], start=2):
        if len(row) != len(rel_header):
            problem(f"neo4j relationships line {number}: {len(row)} columns, expected {len(rel_header)}")
    if problems:
        return
    expect("neo4j node rows", len(nodes) - 1, len(graph["entities"]))
    expect("neo4j relationship rows", len(rels) - 1, len(graph["relations"]))
    by_id = {}
    for row in nodes[1:]:
        if row[0] in by_id:
            problem(f"neo4j: node id {row[0]!r} appears twice")
        by_id[row[0]] = dict(zip(node_header, row))
    for entity in graph["entities"]:
        row = by_id.get(entity["id"])
        if row is None:
            problem(f"neo4j: no node row {entity['id']!r}")
            continue
        ident = entity["id"]
        labels = split(row[":LABEL"])
        expect(f"neo4j node {ident!r} labels", labels, ["Entity", entity["type"].capitalize()])
        expect(f"neo4j node {ident!r} name", row["name"], entity["name"])
        expect(f"neo4j node {ident!r} category", row["category"] or None, entity.get("category"))
        expect(f"neo4j node {ident!r} aliases", split(row["aliases:string[]"]),
               [a.replace(ARRAY, "\ufffd") for a in entity["aliases"]])
        expect(f"neo4j node {ident!r} mentions", int(row["mentions:int"]), len(spans(entity)))
        expect(f"neo4j node {ident!r} role", row["role:boolean"], "true" if entity.get("role") else "false")
    relations = {r["id"]: r for r in graph["relations"]}
    for row in rels[1:]:
        values = dict(zip(rel_header, row))
        for end in (":START_ID", ":END_ID"):
            if values[end] not in by_id:
                problem(f"neo4j relationship {values['id']!r}: {end} {values[end]!r} is not a node id")
        relation = relations.get(values["id"])
        if relation is None:
            problem(f"neo4j: relationship {values['id']!r} is not in the graph")
            continue
        ident = values["id"]
        expect(f"neo4j relationship {ident!r} ends", (values[":START_ID"], values[":END_ID"]), (relation["source"], relation["target"]))
        expect(f"neo4j relationship {ident!r} kind", values["kind"], relation["type"])
        if not all(c.isalnum() and c.isascii() and (c.isupper() or c.isdigit()) or c == "_" for c in values[":TYPE"]):
            problem(f"neo4j relationship {ident!r}: type {values[':TYPE']!r} is not a plain identifier")
        expect(f"neo4j relationship {ident!r} weight", int(values["weight:int"]), relation["weight"])
        expect(f"neo4j relationship {ident!r} single_source", values["single_source:boolean"], "true" if relation["single_source"] else "false")
        expect(f"neo4j relationship {ident!r} confidence", float(values["confidence:double"]), relation["confidence"])
        expect(f"neo4j relationship {ident!r} evidence",
               list(zip(split(values["evidence_documents:string[]"]), [int(s) for s in split(values["evidence_sentences:int[]"])],
                        split(values["evidence:string[]"]))),
               [(e["document"].replace(ARRAY, "\ufffd"), e["sentence"], e["text"].replace(ARRAY, "\ufffd")) for e in relation["evidence"]])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph", help="the same graph as linkchart-graph JSON")
    parser.add_argument("--graphml")
    parser.add_argument("--gexf")
    parser.add_argument("--neo4j", help="the folder `export --format neo4j` wrote")
    args = parser.parse_args()
    with open(args.graph, encoding="utf-8") as handle:
        graph = json.load(handle)
    checked = []
    if args.graphml:
        check_networkx("graphml", graph, lambda: nx.read_graphml(args.graphml, force_multigraph=True))
        checked.append("graphml")
    if args.gexf:
        check_networkx("gexf", graph, lambda: nx.read_gexf(args.gexf))
        checked.append("gexf")
    if args.neo4j:
        check_neo4j(args.neo4j, graph)
        checked.append("neo4j")
    if not checked:
        print("check-exports: nothing to check; give --graphml, --gexf or --neo4j", file=sys.stderr)
        return 2
    for text in problems[:50]:
        print(f"check-exports: {text}", file=sys.stderr)
    if problems:
        print(f"check-exports: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"check-exports: {', '.join(checked)} match {len(graph['entities'])} entities and "
          f"{len(graph['relations'])} relations (networkx {nx.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
