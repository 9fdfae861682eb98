/// The words that make up landlords' names in England, as data: how councils are styled, which words
/// say what kind of organisation a name belongs to, and which words never identify a landlord.
///
/// Justified by how English social landlords are constituted and named in general (local authorities
/// as 'X Council', 'X Borough Council', 'London Borough of X', 'City of X'; housing associations and
/// trusts as 'X Homes', 'X Housing Association', 'X Trust', 'X Group', registered as 'Limited' or
/// 'CIC'), not from any one document.
public enum LandlordVocabulary {
    /// Word sequences that open a council's formal style ('London Borough of X', 'City of X').
    public static let councilPrefixes: [[String]] = [
        ["london", "borough", "of"], ["royal", "borough", "of"], ["metropolitan", "borough", "of"],
        ["city", "and", "county", "of"], ["council", "of", "the"], ["council", "of"], ["borough", "of"],
        ["city", "of"], ["county", "of"], ["district", "of"],
    ]

    /// Words that end a council's name ('X Council'; 'X Corporation' for the City of London).
    public static let councilWords: Set<String> = ["council", "corporation"]

    /// Words that qualify a council without naming it ('X Borough Council', 'X Metropolitan District Council').
    public static let councilQualifiers: Set<String> = ["borough", "city", "district", "county", "metropolitan", "town",
                                                        "unitary"]

    /// Words that say a name belongs to a housing association, trust or company rather than a council.
    public static let organisationWords: Set<String> = [
        "homes", "housing", "association", "group", "trust", "partnership", "living", "society", "foundation",
        "communities", "community", "alliance", "almshouses", "almshouse", "charity", "cooperative", "coop", "care",
        "support", "services", "estates", "properties", "lettings", "residential",
    ]

    /// Legal suffixes that do not change who a landlord is ('Acme Homes Limited' is 'Acme Homes').
    public static let legalSuffixes: Set<String> = ["limited", "ltd", "plc", "cic", "llp", "inc", "incorporated", "cbs"]

    /// Words naming the people and bodies around a landlord: 'Acme Homes Tenants Association' and
    /// 'Acme Residents Panel' are not landlords.
    public static let bodyWords: Set<String> = ["tenant", "tenants", "resident", "residents", "customer", "customers",
                                                "member", "members", "scrutiny", "panel", "board", "committee", "forum"]

    /// Small words that join the words of a name ('Barking and Dagenham', 'Kingston upon Thames').
    public static let connectors: Set<String> = ["of", "and", "upon", "on", "under", "in", "the", "le", "en", "de"]

    /// Words that never identify a landlord on their own: pronouns, navigation, the people and bodies around a
    /// landlord, and the words of the Code's own form. A name made only of these (and organisation words) is no name.
    public static let nonNameWords: Set<String> = [
        "a", "an", "the", "our", "your", "my", "their", "its", "this", "these", "that", "we", "us", "welcome", "to",
        "about", "contact", "search", "menu", "find", "more", "back", "all", "new", "latest", "news", "other",
        "tenant", "tenants", "resident", "residents", "customer", "customers", "member", "members", "officer",
        "officers", "team", "board", "committee", "panel", "scrutiny", "governing", "body", "service", "staff",
        "complaint", "complaints", "handling", "code", "self", "assessment", "selfassessment", "report", "annual",
        "performance", "policy", "form", "appendix", "review", "statement", "procedure", "page", "section", "part",
        "ombudsman", "regulator", "regulation", "government", "social", "local", "national", "federation", "england",
        "landlord", "landlords", "provider", "providers", "registered", "and", "of", "upon", "on", "under", "in", "for",
        "by", "with", "at", "from", "le", "en", "de", "www", "gov", "uk", "org", "com", "http", "https",
    ]
}
