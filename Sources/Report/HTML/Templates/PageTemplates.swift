/// The report's Mustache templates (string constants, so the binary needs no resource files). Every `{{value}}`
/// is escaped by ``HTMLText`` (the `CONTENT_TYPE` pragma); the only unescaped values (`{{{…}}}`) are the page's
/// own style sheet and Content-Security-Policy, which are constants of this module, the charts' `<svg>` drawings,
/// written by ``SVGChart/svg`` with every text escaped, and the fragments rendered once from these templates
/// (``PageChrome``'s legend and foot, ``TableHeads``).
enum PageTemplates {
    static let pragma = "{{% CONTENT_TYPE: \(HTMLText.contentTypeName)}}"

    static let head = pragma + """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="{{{csp}}}">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{pageTitle}}</title>
        <style>{{{css}}}</style></head>
        <body>
        <header class="site">{{#nav}}<a href="{{.href}}">{{.label}}</a>{{/nav}}<span class="muted">{{generated}}</span></header>
        <main>

        """

    static let foot = pragma + """
        </main>
        <footer><h2>How these figures are computed</h2><ul>{{#method}}<li>{{.}}</li>{{/method}}</ul>
        <p>{{provenance}}</p></footer>
        </body></html>

        """

    static let chart = pragma + """
        <figure id="{{id}}">{{{svg}}}
        <figcaption><b>{{title}}.</b> {{caption}}</figcaption></figure>

        """

    static let legend = pragma + """
        <ul class="legend" aria-label="What the letters mean">{{#legend}}<li><b class="s{{.letter}}">{{.letter}}</b>{{.meaning}}</li>{{/legend}}</ul>

        """

    /// A table: the template its context names in `template` (one of ``tables``).
    static let table = pragma + "{{>*.template}}"

    /// A table of figures: `columns` (label, cls), `rows` of `cells`. Each cell names its own small template in `k`
    /// (``cells``), so a cell costs one lookup for its kind and one or two for its values. Names start with a dot so a
    /// missing key is looked up on the cell only, never on an enclosing context. `ROW` is a row template's body.
    private static let tableFrame = pragma + """
        <div class="scroll"><table id="{{id}}"{{#cards}} class="cards"{{/cards}}><caption>{{caption}}</caption><thead><tr>\
        {{{thead}}}</tr></thead><tbody>
        {{#rows}}ROW{{/rows}}</tbody></table></div>

        """

    /// A table's column heads (`columns`: label, cls), rendered once per set of columns (``TableHeads``).
    static let thead = pragma + """
        {{#columns}}<th scope="col"{{#.cls}} class="{{.}}"{{/.cls}}>{{.label}}</th>{{/columns}}
        """

    /// A table template per row template, `table+<row>`, the row's body written into the frame (so a row costs no
    /// partial and no lookup of its template's name).
    static let tables: [(String, String)] = (cells.filter { $0.0 == "row-cells" } + rows).map { name, text in
        ("table+" + name, tableFrame.replacingOccurrences(of: "ROW", with: String(text.dropFirst(pragma.count))))
    }

    /// The cell templates of ``table``, by kind: text, text with a class, a number with its value, a number without
    /// one, a link, a link with a class, an answer's letter tag.
    static let cells: [(String, String)] = [
        ("row-cells", pragma + "<tr>{{#.cells}}{{>*.k}}{{/.cells}}</tr>\n"),
        ("cell-t", pragma + "<td>{{.t}}</td>"),
        ("cell-tc", pragma + "<td class=\"{{.c}}\">{{.t}}</td>"),
        ("cell-n", pragma + "<td class=\"n\" data-value=\"{{.v}}\">{{.t}}</td>"),
        ("cell-nx", pragma + "<td class=\"n\">{{.t}}</td>"),
        ("cell-a", pragma + "<td><a href=\"{{.h}}\">{{.t}}</a></td>"),
        ("cell-ac", pragma + "<td class=\"{{.c}}\"><a href=\"{{.h}}\">{{.t}}</a></td>"),
        ("cell-g", pragma + "<td><b class=\"tag s{{.g}}\">{{.g}}</b> {{.t}}</td>"),
    ]

    /// Row templates of the large tables, one named value per cell (a cell costs one or two lookups, not four).
    static let rows: [(String, String)] = [
        ("row-section", row(cell("s"), cell("title"), number("yes"), number("answered"), number("share"), number("adjusted"),
                            number("sector"), number("interval"), number("sectorN"), number("diff"))),
        ("row-behind", row(linked("p", "ph"), cell("summary", cls: "words"), tagged("g", "answer"), number("yes"),
                           number("answering"))),
        ("row-signal", row(linked("p", "ph"), tagged("g", "answer"), cell("why"), cell("words", cls: "words"),
                           linked("src", "sh", cls: "src"))),
        ("row-action", row(linked("p", "ph"), cell("action", cls: "words"), cell("target"), cell("owner"),
                           "<td class=\"{{.dueClass}}\">{{.due}}</td>", linked("src", "sh", cls: "src"))),
        ("row-change", row(cell("from"), cell("to"), linked("p", "ph"), tagged("wasG", "was"), tagged("nowG", "now"),
                           "<td class=\"{{.dirClass}}\">{{.dir}}</td>", linked("earlier", "eh", cls: "src"),
                           linked("later", "lh", cls: "src"))),
        ("row-answer", row(linked("name", "nh"), tagged("g", "answer"), cell("printed"), cell("words", cls: "words"),
                           linked("src", "sh", cls: "src"))),
        ("row-landlord", row(linked("name", "nh"), cell("code"), cell("period"), number("yes"), number("answered"),
                             number("share"), number("adjusted"), cell("rank", cls: "n"), cell("percentile", cls: "n"))),
    ]

    /// A table row of the given cells.
    private static func row(_ cells: String...) -> String { pragma + "<tr>" + cells.joined() + "</tr>\n" }

    /// The cell of value `key`, with an optional class.
    private static func cell(_ key: String, cls: String? = nil) -> String {
        "<td\(cls.map { " class=\"\($0)\"" } ?? "")>{{.\(key)}}</td>"
    }

    /// A number's cell: right-aligned, with `keyV` (its full-precision value) as `data-value` when given.
    private static func number(_ key: String) -> String {
        "<td class=\"n\"{{#.\(key)V}} data-value=\"{{.}}\"{{/.\(key)V}}>{{.\(key)}}</td>"
    }

    /// The cell of value `key`, linked to `href` when that is given.
    private static func linked(_ key: String, _ href: String, cls: String? = nil) -> String {
        "<td\(cls.map { " class=\"\($0)\"" } ?? "")>{{#.\(href)}}<a href=\"{{.}}\">{{/.\(href)}}{{.\(key)}}"
            + "{{#.\(href)}}</a>{{/.\(href)}}</td>"
    }

    /// An answer's cell: its letter `tag` in its status colour, then `key` (the answer in words).
    private static func tagged(_ tag: String, _ key: String) -> String {
        "<td><b class=\"tag s{{.\(tag)}}\">{{.\(tag)}}</b> {{.\(key)}}</td>"
    }

    static let heatmap = pragma + """
        <div class="scroll"><table class="hm" id="{{id}}" data-rows="{{rowCount}}" data-columns="{{columnCount}}" data-banded="{{banded}}">\
        <caption>{{caption}}</caption><thead><tr><th scope="col" rowspan="2">{{rowHeader}}</th>\
        {{#sections}}<th scope="colgroup" colspan="{{.span}}" class="sec">{{.label}}</th>{{/sections}}</tr>\
        <tr>{{#columns}}<th scope="col">{{#.href}}<a href="{{.}}">{{/.href}}<span class="vh">{{.section}}</span>{{.item}}\
        {{#.href}}</a>{{/.href}}</th>{{/columns}}</tr></thead><tbody>
        {{#rows}}<tr><th scope="row">{{#.href}}<a href="{{.}}">{{/.href}}{{.name}}{{#.href}}</a>{{/.href}}</th>\
        {{#.letters}}<td class="s{{.}}">{{.}}</td>{{/.letters}}{{#.cells}}<td class="{{.c}}">{{.l}}</td>{{/.cells}}</tr>
        {{/rows}}</tbody></table></div>

        """

    static let sector = pragma + """
        {{> head}}<h1>{{title}}</h1>
        <p class="lede">{{lede}}</p>
        <div class="headline">{{#headline}}<div><b>{{.value}}</b>{{.label}}<span>{{.detail}}</span></div>{{/headline}}</div>
        {{#versions}}<section id="code-{{version}}">
        <h2>{{heading}}</h2>
        <p>{{summary}}</p>
        <h3>Every answer at a glance</h3>
        <p class="note">{{heatmapNote}}</p>
        {{{legendHTML}}}{{#heatmap}}{{> heatmap}}{{/heatmap}}
        <h3>Provisions most often not met: the lowest shares answering yes</h3>
        {{#worstChart}}{{> chart}}{{/worstChart}}{{#worstTable}}{{> table}}{{/worstTable}}
        <h3>How landlords score</h3>
        {{#scoreChart}}{{> chart}}{{/scoreChart}}{{#scoreTable}}{{> table}}{{/scoreTable}}
        <h3>Hedged and unevidenced answers</h3>
        {{#signalTable}}{{> table}}{{/signalTable}}
        <h3>Compliance by section</h3>
        {{#sectionTable}}{{> table}}{{/sectionTable}}
        <h3>All provisions</h3>
        {{#provisionTable}}{{> table}}{{/provisionTable}}
        </section>
        {{/versions}}
        <section id="trend"><h2>Sector trend by period</h2>
        <p>{{trendNote}}</p>
        {{#trendCharts}}{{> chart}}{{/trendCharts}}{{#trendTables}}{{> table}}{{/trendTables}}
        </section>
        {{{footHTML}}}
        """

    static let provision = pragma + """
        {{> head}}<h1>{{title}}</h1>
        <p class="lede">{{summary}}</p>
        <p class="muted">{{context}}</p>
        <div class="headline">{{#headline}}<div><b>{{.value}}</b>{{.label}}<span>{{.detail}}</span></div>{{/headline}}</div>
        {{#answersChart}}{{> chart}}{{/answersChart}}{{{legendHTML}}}
        {{#rateTable}}{{> table}}{{/rateTable}}
        {{#trendTable}}<h2>By period</h2>{{> table}}{{/trendTable}}
        <h2>Every landlord's answer</h2>
        <p>{{answersNote}}</p>
        {{#answerTable}}{{> table}}{{/answerTable}}
        {{{footHTML}}}
        """

    static let landlord = pragma + """
        {{> head}}<h1>{{title}}</h1>
        <p class="lede">{{lede}}</p>
        {{#versions}}<section id="code-{{version}}">
        <h2>{{heading}}</h2>
        <div class="headline">{{#headline}}<div><b>{{.value}}</b>{{.label}}<span>{{.detail}}</span></div>{{/headline}}</div>
        <h3>Its answers at a glance</h3>
        {{{legendHTML}}}<div class="scroll"><table class="strip" id="strip-{{version}}" data-cells="{{stripCount}}"><caption>{{stripCaption}}</caption>\
        <thead><tr><th scope="col">Section</th>{{#stripHeads}}<th scope="col">.{{.}}</th>{{/stripHeads}}</tr></thead><tbody>
        {{#strip}}<tr><th scope="row">{{.label}}</th>{{#.cells}}<td class="s{{.}}">{{.}}</td>{{/.cells}}</tr>
        {{/strip}}</tbody></table></div>
        <h3>Each section against the sector</h3>
        {{#sectionChart}}{{> chart}}{{/sectionChart}}{{#sectionTable}}{{> table}}{{/sectionTable}}
        <h3>Where it is behind most of the sector</h3>
        <p>{{behindNote}}</p>{{#behindTable}}{{> table}}{{/behindTable}}
        <h3>Hedged and unevidenced answers</h3>
        <p>{{signalNote}}</p>{{#signalTable}}{{> table}}{{/signalTable}}
        <h3>Open and overdue actions</h3>
        <p>{{actionNote}}</p>{{#actionTable}}{{> table}}{{/actionTable}}
        </section>
        {{/versions}}
        <section id="trend"><h2>Its assessments over time</h2>
        <p>{{trendNote}}</p>
        {{#trendChart}}{{> chart}}{{/trendChart}}{{#trendTable}}{{> table}}{{/trendTable}}
        {{#steps}}<p>{{.}}</p>{{/steps}}
        {{#changeTable}}{{> table}}{{/changeTable}}
        </section>
        {{{footHTML}}}
        """

    static let landlordIndex = pragma + """
        {{> head}}<h1>{{title}}</h1>
        <p class="lede">{{lede}}</p>
        {{#tables}}{{> table}}{{/tables}}
        {{{footHTML}}}
        """
}
