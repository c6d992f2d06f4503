import type { AppDeps } from '../context.js';
import { listPublicPublications } from '../publicity/public-publications.js';
import { escapeHtml } from './html.js';

// P-09: the publications as RSS 2.0 and JSON Feed 1.1, newest first. Only published items; the text is the
// published (redacted) summary, escaped for XML or serialised as JSON strings.

const FEED_SIZE = 50;

function rfc822(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toUTCString();
}

export async function rssFeed(
  deps: Pick<AppDeps, 'db'>,
  origin: string,
  bureauName: string,
): Promise<string> {
  const list = await listPublicPublications(deps, { page: 1, pageSize: FEED_SIZE });
  const x = escapeHtml;
  const items = list.items
    .map(
      (i) => `  <item>
    <title>${x(i.title)}</title>
    <link>${x(`${origin}/publications/${i.publicId}`)}</link>
    <guid isPermaLink="true">${x(`${origin}/publications/${i.publicId}`)}</guid>
    <description>${x(`${i.partyName ? `${i.partyName}：` : ''}${i.snippet}`)}</description>
    <pubDate>${rfc822(i.publishedOn)}</pubDate>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>${x(bureauName)} 执法公示</title>
  <link>${x(`${origin}/publications`)}</link>
  <atom:link href="${x(`${origin}/feed.xml`)}" rel="self" type="application/rss+xml"/>
  <description>${x(bureauName)}公示的行政处罚决定和行政检查结果</description>
  <language>zh-CN</language>
${items}
</channel>
</rss>
`;
}

export async function jsonFeed(deps: Pick<AppDeps, 'db'>, origin: string, bureauName: string) {
  const list = await listPublicPublications(deps, { page: 1, pageSize: FEED_SIZE });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${bureauName} 执法公示`,
    home_page_url: `${origin}/publications`,
    feed_url: `${origin}/feed.json`,
    language: 'zh-CN',
    items: list.items.map((i) => ({
      id: `${origin}/publications/${i.publicId}`,
      url: `${origin}/publications/${i.publicId}`,
      title: i.title,
      content_text: `${i.partyName ? `${i.partyName}：` : ''}${i.snippet}`,
      date_published: new Date(`${i.publishedOn}T00:00:00+08:00`).toISOString(),
      tags: [i.kind],
    })),
  };
}
