import Foundation
import GraphCore

/// The people, places and agencies linkchart knows by name, with their variants.
///
/// Loaded from the tab-separated files in `Resources/gazetteer/` (columns: kind, name,
/// aliases separated by `|`, category, parent). Names and aliases are matched against
/// reports case- and diacritic-insensitively by longest match; acronyms (`MSS`, `KPA`) only
/// when written in capitals, and resolved per report because one acronym can name several
/// bodies.
public struct Gazetteer: Sendable {
    /// What the gazetteer holds, built once when it is loaded.
    struct Tables: Sendable {
        /// Every entry, in file order.
        var entries: [GazetteerEntry] = []
        /// Names and non-acronym aliases to entry indices.
        var names = PhraseTable<Int>()
        /// Acronyms, exactly as written, to the entries that use them, in file order.
        var acronyms: [String: [Int]] = [:]
        /// Canonical names to entry indices, for resolving `parent`.
        var byName: [NameKey: Int] = [:]
        /// Canonical names as written to the index ``byName`` gives them, so that a name
        /// written as an entry writes it is found without making its ``NameKey``.
        var byExactName: [String: Int] = [:]
        /// For each entry, the index of its parent place, resolved once.
        var parents: [Int?] = []
        /// For each entry, the entity it becomes (without mentions), built once.
        var templates: [Entity] = []
        /// Romanisation keys of every name and alias to entry indices, for spellings the
        /// files do not list (`Hoiryong` for `Hoeryong`).
        /// (Keyed by ``RomanizationKey/hash(_:)``: a look-up then makes no string.)
        var byRomanization = KeyMap<[Int]>()
    }

    /// The tables in one object, so that copying a gazetteer retains one reference: the
    /// extractor hands it to every report's working state and helpers, and copying eight
    /// tables held inline retained and released each of them every time.
    private final class Storage: Sendable {
        let tables: Tables
        init(_ tables: Tables) { self.tables = tables }
    }

    private var storage: Storage

    private init(_ tables: Tables) { storage = Storage(tables) }

    /// Every entry, in file order.
    public var entries: [GazetteerEntry] { storage.tables.entries }
    /// Names and non-acronym aliases to entry indices.
    var names: PhraseTable<Int> { storage.tables.names }
    /// Acronyms, exactly as written, to the entries that use them, in file order.
    var acronyms: [String: [Int]] { storage.tables.acronyms }
    /// For each entry, the entity it becomes (without mentions), built once.
    var templates: [Entity] { storage.tables.templates }

    /// A gazetteer of the given entries.
    public init(entries: [GazetteerEntry]) {
        var tables = Tables()
        for entry in entries { tables.insert(entry) }
        tables.finalize()
        self.init(tables)
    }

    /// Reads every `.tsv` file in `folder`.
    ///
    /// - Throws: ``ExtractionError/malformedResource(file:line:reason:)`` naming the line
    ///   of a row that is not of the form above.
    public static func load(from folder: URL) throws -> Gazetteer {
        var tables = Tables()
        for url in try ResourceFile.all(in: folder, extension: "tsv") {
            let file = try ResourceFile(url: url)
            for row in file.rows {
                try file.require(row, columns: 2)
                guard let kind = EntityKind(rawValue: row.columns[0]), kind != .event else {
                    throw ExtractionError.malformedResource(
                        file: file.name, line: row.line, reason: "unknown kind \"\(row.columns[0])\"; expected person, place or agency")
                }
                let name = row.columns[1]
                guard !name.isEmpty else {
                    throw ExtractionError.malformedResource(file: file.name, line: row.line, reason: "empty name")
                }
                func column(_ i: Int) -> String? {
                    i < row.columns.count && !row.columns[i].isEmpty ? row.columns[i] : nil
                }
                let aliases = column(2)?.split(separator: "|").map { ReportReader.trimmed($0, newlines: false) }.filter { !$0.isEmpty } ?? []
                tables.insert(GazetteerEntry(kind: kind, name: name, aliases: aliases, category: column(3), parent: column(4),
                                             source: "\(file.name):\(row.line)"))
            }
        }
        tables.finalize()
        return Gazetteer(tables)
    }

    /// Adds an entry; an entry with the same kind and name as an earlier one is folded
    /// into it.
    ///
    /// - Complexity: O(n) in the number of entries, to re-resolve parents.
    public mutating func add(_ entry: GazetteerEntry) {
        var tables = storage.tables
        tables.insert(entry)
        tables.finalize()
        storage = Storage(tables)
    }

    /// The entry whose canonical name is `name`.
    public func entry(named name: String) -> GazetteerEntry? {
        storage.tables.byName[NameKey(name)].map { entries[$0] }
    }

    /// The index of the entry whose canonical name is `name`.
    func index(named name: String) -> Int? {
        storage.tables.byExactName[name] ?? storage.tables.byName[NameKey(name)]
    }

    /// The indices of the places that contain entry `index`, nearest first, following
    /// `parent` names (`Kilju County` → `North Hamgyong Province` → `North Korea`).
    func ancestors(of index: Int) -> [Int] {
        let parents = storage.tables.parents
        var chain: [Int] = []
        var current = index
        while current < parents.count, let next = parents[current], next != index, !chain.contains(next), chain.count < 8 {
            chain.append(next)
            current = next
        }
        return chain
    }

    /// The one entry of `kind` whose name or alias is spelt like `form` up to
    /// romanisation (see ``RomanizationKey``), or nil when none or several are.
    func entry(spelledLike form: String, kind: EntityKind) -> Int? {
        // The lists hold each entry once, so counting the entries of `kind` is enough.
        let tables = storage.tables
        var found: Int?
        for index in tables.byRomanization[RomanizationKey.hash(form)] ?? [] where tables.entries[index].kind == kind {
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// The entries a name or alias may refer to (case-insensitive), in file order.
    public func entries(matching form: String) -> [GazetteerEntry] {
        let indices = GazetteerEntry.isAcronym(form) ? (acronyms[form] ?? []) : (names.lookup(form) ?? [])
        return indices.map { entries[$0] }
    }
}

extension Gazetteer.Tables {
    /// Resolves parents and builds the entities entries become, after inserting.
    mutating func finalize() {
        parents = entries.map { entry in entry.parent.flatMap { byName[NameKey($0)] } }
        byExactName = [:]
        for (index, entry) in entries.enumerated() where byExactName[entry.name] == nil && byName[NameKey(entry.name)] == index {
            byExactName[entry.name] = index
        }
        byRomanization = KeyMap()
        for (index, entry) in entries.enumerated() {
            for form in [entry.name] + entry.aliases where !GazetteerEntry.isAcronym(form) {
                let key = RomanizationKey.hash(form)
                var owners = byRomanization[key] ?? []
                if owners.last != index {
                    owners.append(index)
                    byRomanization[key] = owners
                }
            }
        }
        // A form that several entries share (`MSS`, `Gangwon Province`) is listed on an
        // entity only where a report uses it for that entity, not on every candidate.
        templates = entries.enumerated().map { index, entry in
            let unambiguous = entry.aliases.filter { form in
                let owners = GazetteerEntry.isAcronym(form) ? (acronyms[form] ?? []) : (names.lookup(form) ?? [])
                return Set(owners).subtracting([index]).isEmpty
            }
            return Entity(id: entry.id, name: entry.name, kind: entry.kind, aliases: unambiguous, category: entry.category)
        }
    }

    /// Adds `entry`, or folds it into an earlier entry of the same kind and name.
    mutating func insert(_ entry: GazetteerEntry) {
        let key = NameKey(entry.name)
        let index: Int
        if let existing = byName[key], entries[existing].kind == entry.kind {
            index = existing
            let known = Set(entries[index].aliases)
            entries[index].aliases += entry.aliases.filter { !known.contains($0) }
            if entries[index].category == nil { entries[index].category = entry.category }
            if entries[index].parent == nil { entries[index].parent = entry.parent }
        } else {
            index = entries.count
            entries.append(entry)
            if byName[key] == nil { byName[key] = index }
        }
        for form in [entry.name] + entry.aliases {
            if GazetteerEntry.isAcronym(form) {
                if !(acronyms[form]?.contains(index) ?? false) { acronyms[form, default: []].append(index) }
            } else if names.lookup(form)?.contains(index) != true {
                names.insert(form, index)
            }
        }
    }
}
