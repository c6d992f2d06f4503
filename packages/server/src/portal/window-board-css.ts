// Styles of the publicity-report pages (window boards, certificate lookup, annual reports), served at
// /portal/publicity-reports.css. A window board prints on one A4 sheet (P-08).
export const PUBLICITY_REPORTS_CSS = `
.badge { display: inline-block; padding: 0 10px; border-radius: 12px; font-weight: 700; border: 2px solid; }
.badge-valid { color: #135200; border-color: #237804; background: #f6ffed; }
.badge-expired { color: #613400; border-color: #ad6800; background: #fffbe6; }
.badge-revoked { color: #820014; border-color: #a8071a; background: #fff1f0; }
.cert-expired, .cert-revoked { background: #fff1f0; border-color: #ffa39e; }
ul.window-list { padding-left: 1.2em; }
ul.window-list li { margin: 6px 0; }
article.board { background: #fff; border: 2px solid var(--brand); border-radius: 6px; padding: 18px 24px; }
.board-head { text-align: center; border-bottom: 3px double var(--brand); margin-bottom: 12px; }
.board-head h1 { color: var(--brand); margin: 4px 0; }
.board-org { margin: 0; font-weight: 600; }
.board-meta { margin: 4px 0 10px; color: var(--muted); }
.board-sec h2 { font-size: 1.1em; }
.board-sec { margin-bottom: 12px; }
.board-cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
table.materials td.sample { white-space: pre-wrap; font-size: .92em; }
table.materials th:nth-child(1), table.materials td:nth-child(1), table.materials th:nth-child(3), table.materials td:nth-child(3) { white-space: nowrap; }
.qr-row { display: flex; gap: 12px; align-items: center; }
figure.qr { margin: 0; text-align: center; }
figure.qr svg { width: 110px; height: 110px; display: block; }
figure.qr figcaption { font-size: .85em; }
figure.chart { margin: 0 0 12px; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
p.downloads a { font-weight: 600; }
body.contrast article.board { background: #000; border-color: #fff; }
body.contrast .badge { background: #000; color: #fff; border-color: #fff; }
body.contrast figure.chart svg, body.contrast figure.qr svg { background: #fff; }
@media print {
  @page { size: A4; margin: 12mm; }
  header.site, nav.modes, footer, .skip, .no-print { display: none !important; }
  body { background: #fff; font-size: 12pt; }
  main { padding: 0; max-width: none; }
  article.board { border: 2px solid #000; padding: 8mm; break-inside: avoid; }
  .board-head h1 { font-size: 20pt; color: #000; }
  a { color: #000; text-decoration: none; }
  section.card { border: none; padding: 0; }
}
`;
