/// The one style sheet every page inlines (no external asset): screen, 390 px phones and A4 print. Status colours
/// differ in lightness as well as hue and every coloured cell also carries its letter, so the heatmap reads in
/// greyscale and for colour-blind readers. On a phone a chart shrinks to the page's width with larger text, so every
/// value stays in view without scrolling sideways.
enum PageStyle {
    static let css = """
        :root{--ink:#1b1b1b;--muted:#555;--line:#c9c9c9;--bar:#2f5f8f}
        *{box-sizing:border-box}
        body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:1120px;padding:14px}
        a{color:#1d4f91}
        h1{font-size:1.55rem;margin:.3em 0 .2em;line-height:1.2}
        h2{font-size:1.22rem;margin:1.7em 0 .4em;padding-bottom:.15em;border-bottom:2px solid var(--ink)}
        h3{font-size:1.02rem;margin:1.2em 0 .3em}
        p{margin:.4em 0;max-width:75ch}
        .site{font-size:.9rem;border-bottom:1px solid var(--line);padding-bottom:6px}
        .site a{margin-right:1.2em}
        .lede{font-size:1.05rem;color:#222}
        .muted,.note{color:var(--muted);font-size:.88rem}
        .headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px;margin:12px 0}
        .headline div{border:1px solid var(--line);border-left:4px solid var(--bar);padding:6px 10px}
        .headline b{display:block;font-size:1.45rem;line-height:1.2}
        .headline span{display:block;font-size:.82rem;color:var(--muted)}
        .scroll{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;font-size:.88rem;margin:.4em 0 .8em;min-width:min(100%,28em)}
        caption{text-align:left;font-weight:600;padding:2px 0 4px;caption-side:top}
        th,td{border-bottom:1px solid #e0e0e0;padding:3px 6px;text-align:left;vertical-align:top}
        thead th{border-bottom:2px solid var(--line);font-weight:600}
        .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .words{max-width:46ch;font-size:.84rem}
        code,.src{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.78rem;word-break:break-all}
        figure{margin:10px 0 4px}
        figcaption{font-size:.85rem;color:var(--muted)}
        svg{width:100%;height:auto;max-width:780px;display:block}
        svg .lbl,svg .val,svg .axis,svg .inv{font:12px system-ui,Arial,sans-serif;fill:#1b1b1b}
        svg .axis{fill:#555;font-size:11px}
        svg .e{text-anchor:end} svg .m{text-anchor:middle}
        svg .val{font-weight:600}
        svg .inv{fill:#fff}
        svg .grid{stroke:#d6d6d6;stroke-width:1;fill:none}
        svg .bar{fill:var(--bar)}
        svg .ci{stroke:#111;stroke-width:1.6;fill:none}
        svg .refbar{fill:#b3b3b3}
        svg .s0{fill:#9ecae1} svg .s1{fill:#3182bd} svg .s2{fill:#08519c} svg .s3{fill:#c6dbef}
        .legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.82rem;margin:4px 0;padding:0;list-style:none}
        .legend li{display:flex;align-items:center;gap:5px}
        .legend b{display:inline-block;width:1.5em;text-align:center;border:1px solid #999}
        .hm{font-size:.7rem;border-collapse:collapse}
        .hm th{font-weight:500;white-space:nowrap;padding:1px 4px}
        .hm thead th{font-size:.62rem;padding:1px 0;text-align:center;color:#333}
        .hm thead th:first-child{vertical-align:bottom;text-align:left;font-size:.7rem;padding:1px 4px}
        .hm thead th.sec{font-size:.7rem;font-weight:600;border-left:1px solid var(--line);border-bottom:1px solid var(--line)}
        .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        .strip td:empty{background:none;border:0}
        .strip th[scope=row]{text-align:left;font-size:.78rem;padding-right:8px;white-space:nowrap}
        .hm td,.strip td{width:1.5em;min-width:1.5em;text-align:center;padding:1px 0;border:1px solid #fff;font-weight:600}
        .strip{font-size:.8rem}
        .strip thead th{font-size:.7rem;font-weight:500;padding:0 1px;text-align:center;color:#555}
        .strip td{width:2em;min-width:2em;height:1.7em}
        .sY{background:#d4e6f5;fill:#d4e6f5;color:#123}
        .sH{background:#7fb0da;fill:#7fb0da;color:#0b1f33}
        .sP{background:#f5b36a;fill:#f5b36a;color:#3a2000}
        .sN{background:#8e2a1b;fill:#8e2a1b;color:#fff}
        .sA{background:#fff;fill:#fff;color:#555;outline:1px dotted #888}
        .sB{background:#d9d9d9;fill:#d9d9d9;color:#333}
        .s·{background:#fff;fill:#fff;color:#999}
        svg .sA{stroke:#888;stroke-dasharray:2 2}
        .b0{background:#fff7ec;color:#222}.b1{background:#fee3c0;color:#222}.b2{background:#fdbb84;color:#222}
        .b3{background:#fc8d59;color:#111}.b4{background:#d7301f;color:#fff}.b5{background:#7f0000;color:#fff}
        .tag{display:inline-block;padding:0 5px;border:1px solid #999;font-size:.78rem;font-weight:600}
        .better{color:#0b5394}.worse{color:#8e2a1b}
        footer{margin-top:2.5em;border-top:2px solid var(--ink);padding-top:6px;font-size:.84rem;color:#333}
        footer li{margin:.2em 0;max-width:95ch}
        @media (max-width:600px){body{padding:8px;font-size:15px}h1{font-size:1.3rem}.headline b{font-size:1.2rem}
        .cards,.cards tbody,.cards tr,.cards td{display:block;width:100%}.cards thead{display:none}
        .cards tr{border-bottom:2px solid var(--line);padding:4px 0}.cards td{border:0;padding:1px 2px}.words{max-width:none}
        svg .lbl,svg .val,svg .inv{font-size:16px}svg .axis{font-size:14px}
        .scroll table:not(.cards) tbody tr>:first-child,.scroll table:not(.cards) thead tr:first-child>:first-child{position:sticky;left:0;background:#fff;z-index:1;box-shadow:1px 0 0 var(--line)}
        .scroll table:not(.cards){font-size:.8rem}}
        @page{size:A4;margin:14mm 12mm}
        @media print{body{max-width:none;padding:0;font-size:10pt}.site{display:none}.scroll{overflow:visible}
        h2{break-after:avoid}h3{break-after:avoid}tr,figure,.headline div{break-inside:avoid}
        *{print-color-adjust:exact;-webkit-print-color-adjust:exact}.hm{font-size:5.5pt}.hm td{width:auto;min-width:0}
        a{color:inherit;text-decoration:none}svg{max-width:170mm}}
        """
}
