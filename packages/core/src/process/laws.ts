// The statutes the procedures cite, keyed by the file slug of shared/laws/ so a citation can be checked
// against the official text.

export const LAWS = {
  'administrative-penalty-law-2021': {
    name: '中华人民共和国行政处罚法',
    short: '行政处罚法',
    shortEn: 'Administrative Penalty Law',
  },
  'administrative-coercion-law-2011': {
    name: '中华人民共和国行政强制法',
    short: '行政强制法',
    shortEn: 'Administrative Coercion Law',
  },
  'urban-rural-planning-law-2019': {
    name: '中华人民共和国城乡规划法',
    short: '城乡规划法',
    shortEn: 'Urban and Rural Planning Law',
  },
} as const satisfies Record<string, { name: string; short: string; shortEn: string }>;

export type LawSlug = keyof typeof LAWS;

export function isLawSlug(value: string): value is LawSlug {
  return Object.hasOwn(LAWS, value);
}
