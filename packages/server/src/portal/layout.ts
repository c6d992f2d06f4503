import { type Html, html } from './html.js';

export type DisplayMode = 'standard' | 'large' | 'contrast';

export const DISPLAY_COOKIE = 'sx_display';

export interface PageOptions {
  title: string;
  path: string;
  mode: DisplayMode;
  /** Where a display-mode link returns to, query included (defaults to `path`). */
  back?: string;
  bureauName: string;
  body: Html;
}

const NAV = [
  { href: '/', label: '机关概况' },
  { href: '/publications', label: '执法公示' },
  { href: '/matters', label: '执法事项' },
  { href: '/inspections', label: '随机抽查' },
  { href: '/flowcharts', label: '流程图' },
  { href: '/recording', label: '音像记录' },
  { href: '/rules', label: '制度文件' },
  { href: '/review', label: '法制审核' },
  { href: '/laws', label: '法律法规' },
  { href: '/deadline', label: '期限计算' },
  { href: '/progress', label: '进度查询' },
  { href: '/certificates', label: '执法证查询' },
  { href: '/windows', label: '窗口公示' },
  { href: '/annual-reports', label: '统计年报' },
  { href: '/transparency', label: '可验证日志' },
];

const MODES: { mode: DisplayMode; label: string }[] = [
  { mode: 'standard', label: '标准模式' },
  { mode: 'large', label: '大字模式' },
  { mode: 'contrast', label: '高对比度' },
];

/** The portal's page shell: server-rendered, no script needed for anything on it. */
export function page(o: PageOptions): string {
  return `<!doctype html>${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} - ${o.bureauName}</title>
<link rel="stylesheet" href="/portal/portal.css">
</head>
<body class="${o.mode}">
<a class="skip" href="#main">跳到主要内容</a>
<header class="site">
  <div class="inner">
    <div>
      <p class="title">${o.bureauName}</p>
      <p class="subtitle">行政执法公示平台 · 三项制度</p>
    </div>
    <nav aria-label="主导航">
      <ul>${NAV.map((n) => html`<li><a href="${n.href}"${o.path === n.href ? html` aria-current="page"` : ''}>${n.label}</a></li>`)}</ul>
    </nav>
  </div>
</header>
<nav class="modes" aria-label="显示模式">
  <div class="inner">
    ${MODES.map((m) =>
      m.mode === o.mode
        ? html`<span aria-current="true"><strong>${m.label}</strong></span>`
        : html`<a href="/display?mode=${m.mode}&amp;back=${encodeURIComponent(o.back ?? o.path)}">${m.label}</a>`,
    )}
  </div>
</nav>
<main id="main">
${o.body}
</main>
<footer>
  <div class="inner">
    <p>${o.bureauName} 主办 · 本平台依据《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）建设</p>
    <p><a href="/console/">工作人员登录</a> · <a href="/api/docs">开放接口说明</a></p>
  </div>
</footer>
</body>
</html>`}`;
}
