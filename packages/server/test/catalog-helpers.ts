import type { LightMyRequestResponse } from 'fastify';
import type { InspectionItem, MatterItem } from '../src/catalog/schemas.js';
import { DEMO_PASSWORD } from '../src/demo/bureau.js';
import type { TestApp } from './support/test-app.js';

// Shared by the catalog-*.test.ts files: sample items and the multipart filing request (the test client
// speaks JSON only).

export const V1 = '/api/v1';

export function sampleMatter(overrides: Partial<MatterItem> = {}): MatterItem {
  return {
    code: 'CG-CF-901',
    name: '对擅自占用城市道路摆摊设点的行政处罚（测试）',
    category: '行政处罚',
    actingBody: '如皋市城市管理局',
    duties: '查处擅自占用城市道路摆摊设点的违法行为',
    authority: '责令限期改正；罚款',
    bases: [
      { lawId: 'urban-road-regulation-2019', article: 27, role: 'violation' },
      { lawId: 'urban-road-regulation-2019', article: 42, role: 'penalty' },
    ],
    penaltyKinds: ['罚款'],
    discretion: [
      {
        tier: '一般处罚',
        partyType: 'person',
        conditions: '占用面积在5平方米以下',
        fineMin: 100,
        fineMax: 500,
        measures: '责令限期改正，并处罚款',
      },
    ],
    hearingApplicable: false,
    procedure: 'general',
    remedies: '可以依法申请行政复议或者提起行政诉讼。',
    responsibleUnitId: 'rg-dd-2',
    guide: {
      materials: '身份证明',
      steps: '立案→调查→决定→送达',
      timeLimit: '九十日',
      fees: '不收费',
      consultation: '0513-87600106',
      complaint: '12345',
    },
    ...overrides,
  };
}

export function sampleInspection(overrides: Partial<InspectionItem> = {}): InspectionItem {
  return {
    code: 'SJ-901',
    subject: '如皋市城市管理局',
    basis: '《城市道路管理条例》第三十一条',
    bases: [{ lawId: 'urban-road-regulation-2019', article: 31 }],
    object: '临时占用城市道路的单位（测试）',
    content: '是否按批准的位置、面积、期限占用',
    ratio: 12.5,
    method: '双随机抽取，现场检查',
    frequency: '每年1次',
    ...overrides,
  };
}

export interface Upload {
  name: string;
  data: Buffer;
  type?: string;
}

/** Signs in through the API and posts a multipart form with the session cookie and CSRF token. */
export async function postMultipart(
  t: TestApp,
  username: string,
  url: string,
  fields: Record<string, string>,
  file?: Upload & { field?: string },
  options: { csrf?: boolean } = {},
): Promise<LightMyRequestResponse> {
  const login = await t.app.inject({
    method: 'POST',
    url: `${V1}/auth/login`,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.statusCode !== 200) throw new Error(`login ${username}: ${login.body}`);
  const cookie = (login.cookies as { name: string; value: string }[])
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const boundary = `----sanxiang${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        'utf8',
      ),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'document'}"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
        'utf8',
      ),
      file.data,
      Buffer.from('\r\n', 'utf8'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie,
      ...(options.csrf === false ? {} : { 'x-csrf-token': login.json().csrfToken }),
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'user-agent': 'vitest',
    },
    payload: Buffer.concat(chunks),
  });
}

/** A minimal file that starts like a PDF, as the filing check reads it. */
export function pdf(text = '备案回执'): Upload {
  return {
    name: '备案回执.pdf',
    data: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'utf8'),
    type: 'application/pdf',
  };
}
