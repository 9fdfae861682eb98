/// Named word classes used in phrase patterns as `@name`.
enum WordClasses {
    /// The words of class `name`; an unknown name is an empty class (it matches nothing).
    static func named(_ name: String) -> Set<String> { classes[name] ?? [] }

    static let classes: [String: Set<String>] = [
        // Past participles of change: "to be reviewed", "being developed".
        "verbPast": words("""
            reviewed revised updated amended developed introduced implemented established rolled drafted
            finalised finalized confirmed agreed actioned created added strengthened delivered launched produced
            completed embedded appointed recruited refreshed adopted approved carried done explored included
            improved trained redesigned rewritten ratified formalised formalized clarified procured replaced
            changed published reissued circulated scheduled determined decided written expanded incorporated
            aligned refined tested piloted relaunched
            """),
        // The stricter set after "will be": verbs that policies also use for routine process
        // ("a revised timescale will be agreed", "you will be updated on progress") are left out or guarded.
        "willPast": words("""
            reviewed revised updated amended developed introduced implemented established rolled drafted
            finalised finalized actioned created added strengthened launched produced embedded appointed
            recruited refreshed adopted approved explored improved redesigned rewritten ratified formalised
            formalized clarified procured replaced trained incorporated piloted reissued relaunched
            """),
        // Base forms: "need to update", "we will review this".
        "verbBase": words("""
            review revise update amend develop introduce implement establish roll draft finalise finalize
            create add strengthen launch produce embed appoint recruit refresh adopt approve explore improve
            redesign rewrite formalise formalize clarify procure replace train incorporate publish include
            change do
            """),
        // Present participles of work under way: "we are developing".
        "progressive": words("""
            developing reviewing updating introducing implementing drafting establishing exploring revising
            amending recruiting procuring considering looking working finalising finalizing rolling piloting
            redesigning rewriting strengthening improving embedding planning
            """),
        // States something waits for: "once appointed", "until approved".
        "pending": words("""
            appointed approved established agreed recruited implemented adopted completed finalised finalized
            launched ratified signed elected operational formed live ready
            """),
        // Events a landlord's plans wait for: "following the election", "after the restructure", "until the review".
        "event": words("""
            election elections appointment appointments recruitment restructure restructuring consultation review
            approval implementation launch adoption merger vote
            """),
        // What "we do not …" may deny in a contradiction of a 'Yes'.
        "practice": words("""
            meet comply have publish provide offer record report monitor hold keep follow acknowledge respond
            log track
            """),
        // What "we … " asserts as a present practice in an unanswered row.
        "present": words("""
            do have acknowledge record publish provide offer follow ensure use monitor report comply meet
            resolve respond log track treat accept consider apply operate include aim encourage review train
            hold keep share make capture contact explain take signpost deal
            """),
        // Documents a row may cite.
        "docHead": words("policy policies procedure procedures process leaflet handbook website guidance"),
        // Month names, except "may" (a modal far more often than the month).
        "month": words("""
            january february march april june july august september october november december
            jan feb mar apr jun jul aug sep sept oct nov dec
            """),
        "first": words("we i council"),
    ]

    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
