import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// 事前公开 on the portal (Catalogues item 8) in a real browser: the pages work with JavaScript off, axe finds
// nothing serious in the standard and high-contrast modes, and large-font mode does not push the page sideways.

let server: RunningServer;
let browser: Browser;
let noScript: BrowserContext;
let firstMatter: { code: string; name: string };

const MODES = ['standard', 'contrast'] as const;

/** A context with JavaScript on (axe runs as a script) and the display mode set by its cookie. */
async function pageIn(
  mode: 'standard' | 'large' | 'contrast',
  javaScriptEnabled = true,
  width = 1280,
): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled,
    locale: 'zh-CN',
    viewport: { width, height: 900 },
  });
  await context.addCookies([{ name: 'sx_display', value: mode, url: server.url }]);
  return context.newPage();
}

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchBrowser();
  noScript = await browser.newContext({
    javaScriptEnabled: false,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  const list = (await (await fetch(`${server.url}/api/v1/public/matters?pageSize=1`)).json()) as {
    items: { code: string; name: string }[];
  };
  firstMatter = list.items[0]!;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const pages = () => [
  { path: '/matters', h1: '行政执法事项清单', shot: 'matters' },
  { path: `/matters/${encodeURIComponent(firstMatter.code)}`, h1: firstMatter.name, shot: 'matter' },
  { path: '/matters/history', h1: '行政执法事项清单历次备案版本', shot: 'matters-history' },
  { path: '/inspections', h1: '随机抽查事项清单', shot: 'inspections' },
  { path: '/inspections/history', h1: '随机抽查事项清单历次备案版本', shot: 'inspections-history' },
  { path: '/flowcharts', h1: '执法流程图', shot: 'flowcharts' },
  { path: '/rules', h1: '制度文件', shot: 'rules' },
  { path: '/matters/NO-SUCH-999', h1: '未找到该执法事项', shot: 'matter-404' },
];

describe('事前公开 pages in a browser', () => {
  it('search and category filter work with JavaScript disabled', async () => {
    const page = await noScript.newPage();
    await page.goto(`${server.url}/matters`);
    await expect(page.locator('h1').textContent()).resolves.toBe('行政执法事项清单');
    await page.getByLabel('关键词').fill('垃圾');
    await page.getByLabel('事项类别').selectOption('行政处罚');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/q=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('垃圾');
    expect(url.searchParams.get('category')).toBe('行政处罚');
    const rows = page.locator('table.list tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const name of await rows.locator('th a').allTextContents()) expect(name).toContain('垃圾');
    for (const category of await rows.locator('td:nth-child(3)').allTextContents())
      expect(category).toBe('行政处罚');
    // The form shows what was asked.
    expect(await page.getByLabel('关键词').inputValue()).toBe('垃圾');
    await screenshot(page, 'portal-catalog-matters-search');

    // Page links work without script and keep nothing they should not.
    await page.goto(`${server.url}/matters`);
    await page
      .getByRole('navigation', { name: '事项清单分页' })
      .getByRole('link', { name: '下一页' })
      .click();
    await page.waitForURL(/page=2/);
    await expect(page.locator('a[aria-current="page"]', { hasText: '第 2 页' }).count()).resolves.toBe(1);

    // A matter opens from the list.
    await page.goto(`${server.url}/matters`);
    await page.getByRole('link', { name: firstMatter.name }).click();
    await page.waitForURL(new RegExp(`/matters/${firstMatter.code}$`));
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    await page.close();
  });

  it('the matter page shows its flowchart, and the outline opens without script', async () => {
    const page = await noScript.newPage();
    await page.goto(`${server.url}/matters/${encodeURIComponent(firstMatter.code)}`);
    const svg = page.locator('svg[role="img"]');
    expect(await svg.isVisible()).toBe(true);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(200);
    expect(await page.locator('table.discretion caption').isVisible()).toBe(true);
    await screenshot(page, 'portal-catalog-matter');
    await page.locator('details.outline summary').click();
    expect(await page.locator('details.outline pre').isVisible()).toBe(true);
    await page.locator('#h-flow').scrollIntoViewIfNeeded();
    await screenshot(page, 'portal-catalog-matter-outline');
    await page.close();
  });

  for (const mode of MODES) {
    it(`every new page passes axe (no serious or critical findings) in ${mode} mode`, async () => {
      const page = await pageIn(mode);
      for (const p of pages()) {
        const res = await page.goto(`${server.url}${p.path}`);
        expect(res!.status(), p.path).toBe(p.path.includes('NO-SUCH') ? 404 : 200);
        await expect(page.locator('h1').textContent(), p.path).resolves.toBe(p.h1);
        expect(await page.locator('body').getAttribute('class')).toBe(mode);
        expect(await seriousViolations(page), `${p.path} (${mode})`).toEqual([]);
        await screenshot(page, `portal-catalog-${p.shot}-${mode}`);
      }
      await page.context().close();
    });
  }

  it('large-font mode on a 1024-pixel screen: the navigation wraps and no page scrolls sideways', async () => {
    const page = await pageIn('large', false, 1024);
    for (const p of pages()) {
      await page.goto(`${server.url}${p.path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, p.path).toBeLessThanOrEqual(0);
      if (['matters', 'matter', 'inspections', 'flowcharts'].includes(p.shot))
        await screenshot(page, `portal-catalog-${p.shot}-large`);
    }
    // Every navigation link is on screen.
    await page.goto(`${server.url}/matters`);
    for (const label of ['机关概况', '执法事项', '随机抽查', '流程图', '制度文件', '法律法规', '期限计算']) {
      const link = page
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: label, exact: true });
      expect(await link.isVisible(), label).toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.x + box.width, label).toBeLessThanOrEqual(1024);
    }
    await page.context().close();
  });

  it('switching display mode keeps the search', async () => {
    const page = await pageIn('standard', false);
    await page.goto(`${server.url}/matters?q=${encodeURIComponent('垃圾')}`);
    await page.getByRole('link', { name: '大字模式' }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).searchParams.get('q')).toBe('垃圾');
    expect(await page.locator('body').getAttribute('class')).toBe('large');
    await page.context().close();
  });

  it('the flowchart region can be reached and scrolled with the keyboard', async () => {
    const page = await pageIn('standard');
    await page.goto(`${server.url}/flowcharts`);
    const regions = page.locator('.chart-scroll[tabindex="0"]');
    expect(await regions.count()).toBe(6);
    await regions.first().focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('chart-scroll'))).toBe(true);
    await page.context().close();
  });
});
