// The portal's one stylesheet. Display modes (适老化, GB/T 37668) are classes on <body>, chosen by a
// cookie so they work without JavaScript.
export const PORTAL_CSS = `
:root { --fg: #1f1f1f; --muted: #595959; --bg: #f5f7fa; --card: #fff; --brand: #a8071a; --link: #0b57d0; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); background: var(--bg); font-size: 16px; line-height: 1.7; }
a { color: var(--link); }
a:focus, button:focus, input:focus, select:focus, summary:focus, [tabindex]:focus { outline: 3px solid #fa8c16; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: 8px 12px; }
.skip:focus { left: 8px; z-index: 10; }
header.site { background: var(--brand); color: #fff; }
header.site .inner, main, footer .inner, nav.modes .inner { max-width: 1080px; margin: 0 auto; padding: 0 20px; }
header.site .inner { display: flex; align-items: center; justify-content: space-between; gap: 16px; padding-top: 14px; padding-bottom: 14px; flex-wrap: wrap; }
header.site .title { font-size: 1.5em; font-weight: 700; margin: 0; }
header.site .subtitle { font-size: .95em; opacity: .95; margin: 0; }
header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; }
header.site nav a { color: #fff; text-decoration: none; font-weight: 600; white-space: nowrap; }
header.site nav a:hover, header.site nav a[aria-current] { text-decoration: underline; text-underline-offset: 4px; }
nav.modes { background: #fff; border-bottom: 1px solid var(--line); font-size: .9em; }
nav.modes .inner { display: flex; gap: 14px; justify-content: flex-end; padding-top: 6px; padding-bottom: 6px; }
main { padding-top: 24px; padding-bottom: 40px; }
h1 { font-size: 1.6em; margin: 0 0 16px; }
h2 { font-size: 1.25em; margin: 0 0 12px; border-left: 4px solid var(--brand); padding-left: 10px; }
section.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; margin-bottom: 20px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 20px; }
dl.facts { display: grid; grid-template-columns: 8em 1fr; gap: 6px 12px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 8px 10px; text-align: left; vertical-align: top; }
th { background: #fafafa; }
form.inline { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; }
form.inline label { display: flex; flex-direction: column; font-weight: 600; gap: 4px; }
input, select, button { font: inherit; padding: 6px 10px; border: 1px solid #8c8c8c; border-radius: 4px; }
button { background: var(--brand); color: #fff; border-color: var(--brand); cursor: pointer; font-weight: 600; }
.result { margin-top: 16px; padding: 14px 16px; background: #f6ffed; border: 1px solid #95de64; border-radius: 6px; }
.result .due { font-size: 1.4em; font-weight: 700; }
.warning { margin-top: 10px; padding: 10px 14px; background: #fffbe6; border: 1px solid #ffd666; border-radius: 6px; }
.error { margin-top: 16px; padding: 10px 14px; background: #fff1f0; border: 1px solid #ffa39e; border-radius: 6px; }
.muted { color: var(--muted); }
footer { background: #262626; color: #e8e8e8; padding: 20px 0; font-size: .9em; }
footer a { color: #fff; }
/* Catalogue pages: 执法事项, 随机抽查, 流程图, 制度文件 */
.lead { color: var(--muted); margin-top: -8px; }
.nowrap { white-space: nowrap; }
.table-wrap { overflow-x: auto; }
table.list caption { text-align: left; font-weight: 600; padding: 0 0 8px; }
table.list tbody th { background: transparent; font-weight: 600; }
table.list td p, table.list th p { margin: 0 0 4px; }
table.list thead th { white-space: nowrap; }
table.list td.code { white-space: nowrap; }
table.inspections { min-width: 960px; }
table.inspections > * > tr > :nth-child(1) { min-width: 10em; }
table.inspections > * > tr > :nth-child(2) { min-width: 11em; }
table.inspections > * > tr > :nth-child(3) { min-width: 7em; }
table.inspections > * > tr > :nth-child(7) { min-width: 6em; }
table.inspections td:nth-child(5) { text-align: right; }
.basis-links { font-size: .92em; }
ol.items { margin: 0; padding-left: 1.6em; }
ol.items > li { border-top: 1px solid var(--line); padding: 12px 0; }
ol.items > li::marker { font-weight: 700; }
h3.list-caption { margin-top: 8px; }
.fine { font-variant-numeric: tabular-nums; }
form.inline .reset { align-self: flex-end; padding: 6px 0; }
.empty { padding: 14px 16px; background: #fafafa; border: 1px dashed #8c8c8c; border-radius: 6px; }
.empty p { margin: 4px 0; }
nav.pager ul { list-style: none; margin: 16px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
nav.pager a { display: inline-block; padding: 4px 12px; border: 1px solid #8c8c8c; border-radius: 4px; text-decoration: none; background: var(--card); }
nav.pager a:hover { text-decoration: underline; }
nav.pager a[aria-current="page"] { background: var(--brand); border-color: var(--brand); color: #fff; font-weight: 700; }
nav.toc ul, ul.toc-list { list-style: none; margin: 0 0 16px; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
dl.facts dd p { margin: 0 0 4px; }
dl.facts dd p:last-child { margin-bottom: 0; }
/* 案件进度查询 */
form.inline .field { display: flex; flex-direction: column; gap: 4px; }
form.inline .field .hint { font-size: .9em; color: var(--muted); max-width: 22em; }
form.progress-form { align-items: flex-start; }
form.progress-form button { margin-top: calc(1.7em + 4px); }
.result table { margin-top: 12px; background: var(--card); }
.result caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
ol.steps { margin: 0; padding-left: 1.6em; }
article.basis { border-top: 1px solid var(--line); padding-top: 8px; margin-top: 12px; }
article.basis h3 { font-size: 1.05em; margin: 4px 0 8px; }
.tag { display: inline-block; font-size: .85em; font-weight: 600; padding: 0 8px; border: 1px solid var(--brand); color: var(--brand); border-radius: 10px; vertical-align: 1px; }
blockquote { margin: 0; padding: 8px 14px; border-left: 4px solid #8c8c8c; background: #fafafa; }
blockquote p { margin: 0 0 6px; }
blockquote p:last-child { margin-bottom: 0; }
figure.flowchart { margin: 12px 0 0; }
.chart-scroll { overflow: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.chart-scroll svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
details.outline { margin-top: 12px; }
details.outline summary { cursor: pointer; font-weight: 600; color: var(--link); }
details.outline pre { white-space: pre-wrap; font-family: inherit; font-size: .95em; margin: 8px 0 0; padding: 12px 16px; background: #fafafa; border: 1px solid var(--line); border-radius: 6px; }
body.large { font-size: 22px; }
body.large .chart-scroll svg { max-width: none; zoom: 1.25; }
body.large header.site .title { font-size: 1.4em; }
body.contrast { --fg: #fff; --muted: #f0f0f0; --bg: #000; --card: #000; --brand: #000; --link: #ffeb3b; --line: #fff; }
body.contrast header.site { border-bottom: 2px solid #fff; }
body.contrast nav.modes, body.contrast th { background: #000; }
body.contrast .result, body.contrast .warning, body.contrast .error { background: #000; color: #fff; border-color: #fff; }
body.contrast input, body.contrast select { background: #000; color: #fff; border-color: #fff; }
body.contrast button { background: #ffeb3b; color: #000; border-color: #ffeb3b; }
body.contrast footer { background: #000; border-top: 2px solid #fff; }
body.contrast .empty, body.contrast blockquote, body.contrast details.outline pre { background: #000; color: #fff; border-color: #fff; }
body.contrast .tag { color: #fff; border-color: #fff; }
body.contrast nav.pager a { background: #000; border-color: #fff; }
body.contrast nav.pager a[aria-current="page"] { background: #ffeb3b; border-color: #ffeb3b; color: #000; }
body.contrast .chart-scroll { border: 2px solid #fff; }
/* 可验证执法日志: hashes and commands wrap anywhere rather than widen the page. */
code.hash { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; word-break: break-all; }
pre.cmd { white-space: pre-wrap; word-break: break-all; font-size: .9em; margin: 8px 0; padding: 12px 16px; background: #fafafa; border: 1px solid var(--line); border-radius: 6px; }
body.contrast pre.cmd { background: #000; color: #fff; border-color: #fff; }
`;
