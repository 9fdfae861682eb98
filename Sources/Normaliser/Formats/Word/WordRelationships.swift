/// The relationships of a package part (`_rels/NAME.rels`): which part plays which role
/// (`officeDocument`, `styles`, …), with targets resolved to package part names.
///
/// ```swift
/// try WordRelationships.targets(in: package, of: "")["officeDocument"]            // "word/document.xml"
/// try WordRelationships.targets(in: package, of: "word/document.xml")["styles"]  // "word/styles.xml"
/// ```
enum WordRelationships {
    /// Internal targets by the last segment of the relationship type (the first of each type).
    ///
    /// - Parameter source: the part whose relationships are read; "" for the package itself.
    /// - Throws: `.corrupt` or `.overLimit` from reading the `.rels` part.
    static func targets(in package: WordPackage, of source: String) throws(NormaliserError) -> [String: String] {
        var segments = source.split(separator: "/").map(String.init)
        let name = segments.popLast() ?? ""
        let folder = segments
        let rels = (folder + ["_rels", name + ".rels"]).joined(separator: "/")
        guard let bytes = try package.part(rels), case .success(let tree) = XMLTree.xml(bytes), let root = tree.root else {
            return [:]
        }
        var out: [String: String] = [:]
        for rel in root.children where rel.isElement && rel.name == "Relationship" {
            guard rel.attribute("TargetMode") != "External", let type = rel.attribute("Type"),
                  let target = rel.attribute("Target"), let role = type.split(separator: "/").last.map(String.init),
                  out[role] == nil else { continue }
            out[role] = resolve(target, from: folder)
        }
        return out
    }

    /// `target` relative to `folder` (or to the package root when it starts with `/`), with `.` and `..` applied.
    static func resolve(_ target: String, from folder: [String]) -> String {
        var path = target.hasPrefix("/") ? [] : folder
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = path.popLast()
            default: path.append(String(segment))
            }
        }
        return path.joined(separator: "/")
    }
}
