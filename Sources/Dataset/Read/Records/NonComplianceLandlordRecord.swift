import Assessment
import Comparison

/// A row of `common_noncompliance_landlords`: one landlord not fully compliant with a provision.
struct NonComplianceLandlordRecord: StoredRecord {
    static let table = "common_noncompliance_landlords"
    static let reads = [(table: table, columns: ["basis", "code_version", "provision", "landlord_id", "landlord_name",
                                                 "status", "hedged", "document_id"])]
    let codeVersion: CodeVersion
    let provision: ProvisionID
    let answer: LandlordAnswer

    init(stored row: StoredRow) throws(DatasetError) {
        codeVersion = try row.codeVersion()
        provision = try row.provision()
        let status = try row.parsed("status", expected: "no, partial or yes") { text in
            Status(rawValue: text).flatMap { [.no, .partial, .yes].contains($0) ? $0 : nil }
        }
        answer = LandlordAnswer(landlordID: try row.text("landlord_id"), landlordName: try row.text("landlord_name"),
                                status: status, hedged: try row.bool("hedged"), documentID: try row.text("document_id"))
    }
}
