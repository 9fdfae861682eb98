import Assessment

/// Joins documents into landlords: spellings of one landlord get one landlord when nothing contradicts it.
///
/// 1. Documents whose identifying name is a council's or an organisation's form and share its key
///    (`acme council` for 'Acme Council', 'London Borough of Acme', 'ACME BOROUGH COUNCIL') are one
///    landlord, unless their domains differ or their manifest kinds differ (then one landlord per domain
///    or kind; a document with neither joins the only one there is).
/// 2. A bare name ('Acme', typically from a file name) joins the one landlord whose words it shares and
///    that nothing contradicts; a domain that only one landlord uses decides between several (and, for a
///    name from a file name, over the name).
/// 3. A document that names no landlord joins the landlord whose domain it shares; else documents of one
///    unused domain are one unnamed landlord; else each is an unnamed landlord of its own.
///
/// Ids come from the key (`acme-council`; `-<domain>` or `-<kind>` added only when one key splits), so they
/// are stable across rebuilds. The display name is the most complete official form seen, the manifest's
/// first ('Acme Borough Council' over 'Acme').
///
/// ```swift
/// let landlords = LandlordResolver.resolve(documents)
/// landlords.map(\.id) // ["acme-council", "acme-homes", "unnamed-0123456789ab"]
/// ```
enum LandlordResolver {
    /// One landlord and the documents it published.
    struct Landlord: Sendable, Hashable {
        var id: String
        var name: String
        var kind: String
        var named: Bool
        /// `documents.id` of its documents, sorted.
        var documentIDs: [String]
        /// First source path of each document, in `documentIDs` order.
        var sortPaths: [String]
        /// Every spelling seen, with where and in how many documents.
        var aliases: [Alias]
    }

    /// One spelling of a landlord's name (or its domain) and where it was seen.
    struct Alias: Sendable, Hashable {
        var text: String
        var source: LandlordNameSource
        var documents: Int
    }

    /// A landlord being formed.
    struct Group {
        var id: String
        /// The identifying words its documents share (empty for unnamed and unread names).
        var core: [String]
        var members: [DocumentLandlord]
        /// The name when no document names the landlord.
        var placeholder: String?
        var domain: String? { members.lazy.compactMap(\.domain).first }
        var kind: String? { members.lazy.compactMap(\.kind).first }
    }

    /// The landlords of `documents`, sorted by id; every document is in exactly one. The result does not
    /// depend on the order of `documents`.
    static func resolve(_ documents: [DocumentLandlord]) -> [Landlord] {
        let sorted = documents.sorted { $0.documentID < $1.documentID }
        var groups = split(sorted.filter { $0.key != nil && $0.identity?.form != .bare })
        let leftover = attach(sorted.filter { $0.identity?.form == .bare }, to: &groups)
        groups += split(leftover)
        groups += attachUnnamed(sorted.filter { $0.key == nil }, to: &groups)
        return uniqueIDs(groups).map(landlord).sorted { $0.id < $1.id }
    }

    /// Documents of one key, one group per domain and kind they give (those giving none join the only one).
    static func split(_ documents: [DocumentLandlord]) -> [Group] {
        var out: [Group] = []
        let byKey = Dictionary(grouping: documents) { $0.key ?? "" }
        for key in byKey.keys.sorted() {
            guard let docs = byKey[key], let first = docs.first else { continue }
            let base = Slug.of(first.identity?.key ?? first.unreadName ?? key)
            let parts = partition(docs, by: \.domain).flatMap { partition($0, by: \.kind) }
            for part in parts {
                var group = Group(id: base, core: first.identity?.core ?? [], members: part)
                if parts.count > 1, let suffix = [group.domain, group.kind].compactMap({ $0 }).nonEmptyJoined {
                    group.id = Slug.of(base + " " + suffix)
                }
                out.append(group)
            }
        }
        return out
    }

    /// Documents split by a value they may give: one part per value given; those giving none join the only
    /// part, or form a part of their own when there are several.
    static func partition(_ documents: [DocumentLandlord], by value: KeyPath<DocumentLandlord, String?>) -> [[DocumentLandlord]] {
        let given = Dictionary(grouping: documents.filter { $0[keyPath: value] != nil }) { $0[keyPath: value] ?? "" }
        let none = documents.filter { $0[keyPath: value] == nil }
        if given.isEmpty { return [none] }
        var parts = given.keys.sorted().compactMap { given[$0] }
        if parts.count == 1 { parts[0] += none } else if !none.isEmpty { parts.append(none) }
        return parts.map { $0.sorted { $0.documentID < $1.documentID } }
    }

    /// Joins bare names to the landlord they spell (see the type's step 2); returns those that join none.
    static func attach(_ documents: [DocumentLandlord], to groups: inout [Group]) -> [DocumentLandlord] {
        let snapshot = groups.map { (core: $0.core, domain: $0.domain, kind: $0.kind) }
        let owners = domainOwners(groups)
        var leftover: [DocumentLandlord] = []
        for d in documents {
            guard let name = d.identity else { continue }
            let fits = { (g: Int) in compatible(snapshot[g].domain, d.domain) && compatible(snapshot[g].kind, d.kind) }
            if let domain = d.domain, let owner = owners[domain], owner.count == 1, let g = owner.first, fits(g),
               snapshot[g].core == name.core || d.identitySource == .fileName {
                groups[g].members.append(d)
                continue
            }
            let candidates = snapshot.indices.filter { snapshot[$0].core == name.core && fits($0) }
            if candidates.count == 1, let g = candidates.first { groups[g].members.append(d) } else { leftover.append(d) }
        }
        return leftover
    }

    /// Documents naming no landlord (see the type's step 3): the new groups they form.
    static func attachUnnamed(_ documents: [DocumentLandlord], to groups: inout [Group]) -> [Group] {
        let owners = domainOwners(groups)
        var out: [Group] = []
        var byDomain: [String: [DocumentLandlord]] = [:]
        for d in documents {
            guard let domain = d.domain, owners[domain]?.count ?? 0 <= 1 else {
                out.append(Group(id: d.unnamedID, core: [], members: [d], placeholder: d.unnamedName))
                continue
            }
            if let g = owners[domain]?.first { groups[g].members.append(d) } else { byDomain[domain, default: []].append(d) }
        }
        for domain in byDomain.keys.sorted() {
            out.append(Group(id: "unnamed-" + Slug.of(domain), core: [], members: byDomain[domain] ?? [],
                             placeholder: "Unnamed landlord (\(domain))"))
        }
        return out
    }

    /// The groups using each domain.
    static func domainOwners(_ groups: [Group]) -> [String: [Int]] {
        var owners: [String: [Int]] = [:]
        for (i, g) in groups.enumerated() {
            for domain in Set(g.members.compactMap(\.domain)) { owners[domain, default: []].append(i) }
        }
        return owners
    }

    /// True unless both values are given and differ.
    static func compatible(_ a: String?, _ b: String?) -> Bool { a == nil || b == nil || a == b }

    /// The groups with ids made unique: a repeated id gains 8 hex of its first document's id.
    static func uniqueIDs(_ groups: [Group]) -> [Group] {
        var seen = Set<String>()
        return groups.map { g in
            var g = g
            if !seen.insert(g.id).inserted {
                g.id += "-" + Slug.fnv1a(g.members.first?.documentID ?? g.id).prefix(8)
                seen.insert(g.id)
            }
            return g
        }
    }
}

extension [String] {
    /// The strings joined by spaces, or nil if there are none.
    var nonEmptyJoined: String? { isEmpty ? nil : joined(separator: " ") }
}
