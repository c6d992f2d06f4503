import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { DOCUMENT_KINDS } from '@sanxiang/core';
import { describe, expect, it } from 'vitest';
import { checkDecisionElements } from '../src/documents/check-decision-elements.js';
import { capitalYuan, chineseDate } from '../src/documents/chinese-text.js';
import type { DocumentContext } from '../src/documents/document-context.js';
import { type DocumentContent, documentText } from '../src/documents/document-model.js';
import { formatDocumentNumber, isNumberedKind } from '../src/documents/document-numbers.js';
import { FontMissingError, loadFonts } from '../src/documents/render/fonts.js';
import { breakLines } from '../src/documents/render/line-break.js';
import { renderDocx } from '../src/documents/render/render-docx.js';
import { renderPdf } from '../src/documents/render/render-pdf.js';
import { draftContent } from '../src/documents/templates/index.js';
import { fillWording, phrase, wordingLibrary } from '../src/documents/wording.js';
import { sampleContext } from './documents-fixtures.js';

// The pure parts of the document set: templates from a plain context, the official wording, the PDF and
// Word renderings. The PDFs are read back with pdftotext (poppler-utils), as a reader would see them.

/** Text of a PDF with the line breaks taken out, so phrases can be found across lines. */
function pdfText(pdf: Buffer): string {
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
  // Page numbers (— 1 —) sit between the last line of a page and the first of the next.
  return text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
}

/** The decompressed content streams of a PDF (what is drawn, colours included). */
function pageStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a Flate stream (font data)
    }
  }
  return out.join('\n');
}

/** As the issuing operation leaves it: numbered and dated. */
function issued(content: DocumentContent, number: string | null, date = '2026-11-26'): DocumentContent {
  return {
    ...content,
    number: content.numbered ? number : null,
    signature: content.signature ? { ...content.signature, date } : null,
  };
}

const NUMBER = '皋城管罚决字〔2026〕第12号';

describe('Chinese dates, sums and numbers', () => {
  it('writes the date of a document as GB/T 9704 does', () => {
    expect(chineseDate('2026-11-26')).toBe('二〇二六年十一月二十六日');
    expect(chineseDate('2020-01-10')).toBe('二〇二〇年一月十日');
    expect(chineseDate('2031-12-30')).toBe('二〇三一年十二月三十日');
  });

  it('writes fines in capitals', () => {
    expect(capitalYuan(6000)).toBe('人民币陆仟元整');
    expect(capitalYuan(50200)).toBe('人民币伍万零贰佰元整');
    expect(capitalYuan(100_005)).toBe('人民币壹拾万零伍元整');
    expect(capitalYuan(1234.5)).toBe('人民币壹仟贰佰叁拾肆元伍角');
    expect(capitalYuan(20_000)).toBe('人民币贰万元整');
  });

  it('numbers documents per kind: 皋城管罚决字〔2026〕第12号; records and forms take none', () => {
    expect(formatDocumentNumber('皋城管', '罚决字', 2026, 12)).toBe(NUMBER);
    expect(isNumberedKind('penalty-decision')).toBe(true);
    expect(isNumberedKind('prior-notice')).toBe(true);
    expect(isNumberedKind('inquiry-record')).toBe(false);
    expect(isNumberedKind('service-receipt')).toBe(false);
  });
});

describe('line breaking', () => {
  const measure = (s: string) => [...s].length * 10;

  it('fills lines to the width and never starts a line with closing punctuation', () => {
    const text =
      '经查，你于二〇二六年十月十二日在福寿东路擅自占用城市道路堆放建筑材料，占用面积约三十六平方米。';
    const lines = breakLines(text, 100, measure);
    expect(lines.map((l) => l.text).join('')).toBe(text);
    for (const l of lines) {
      expect(l.width).toBeLessThanOrEqual(100);
      expect('，。、；：）》').not.toContain(l.text[0]);
    }
  });

  it('keeps a number whole when it fits and breaks a long one rather than leaving a gap', () => {
    const lines = breakLines('执法证号：32060123001，有效', 110, measure);
    // The comma may not start a line; the number's line is too short to give anything back, so it hangs.
    expect(lines.map((l) => l.text)).toEqual(['执法证号：', '32060123001，', '有效']);
    const sum = breakLines('合计人民币柒仟捌佰元整（¥7,800.00）', 150, measure);
    expect(sum.some((l) => l.text.includes('7,800.00'))).toBe(true);
    const id = breakLines('公民身份号码：320682198503021234，住址', 150, measure);
    expect(id[0]!.text).toBe('公民身份号码：32068219');
    expect(id.map((l) => l.text).join('')).toBe('公民身份号码：320682198503021234，住址');
  });
});

describe('templates', () => {
  const ctx = sampleContext();

  it('give every kind of the standard set a document, even from an almost empty case', () => {
    const empty: DocumentContext = {
      ...ctx,
      parties: [],
      officers: [],
      matter: null,
      proposed: null,
      decided: null,
      issued: {},
      input: {},
      case: { ...ctx.case, caseNo: null, queryCode: null, filedOn: null },
    };
    for (const kind of DOCUMENT_KINDS) {
      for (const c of [ctx, empty]) {
        const content = draftContent(kind, c);
        expect(content.kind).toBe(kind);
        const text = documentText(content);
        expect(text, kind).not.toMatch(/undefined|null|NaN|\[object/);
        expect(text).toContain('如皋市城市管理局');
      }
    }
  });

  it('the decision carries every element of art. 59, and the checker sees what is missing', () => {
    const content = issued(draftContent('penalty-decision', ctx), NUMBER);
    expect(checkDecisionElements(content)).toEqual([]);
    // A draft has no date yet: only the date is missing, and not when checked as it will be issued.
    const draft = draftContent('penalty-decision', ctx);
    expect(checkDecisionElements(draft).map((m) => m.element)).toEqual(['date']);
    expect(checkDecisionElements(draft, { atIssue: true })).toEqual([]);
    // Without evidence, a legal basis or an address the checker names each, with its article.
    const poor = draftContent('penalty-decision', {
      ...ctx,
      matter: null,
      input: {},
      parties: [{ ...ctx.parties[0]!, address: '' }],
    });
    const missing = checkDecisionElements(poor, { atIssue: true });
    expect(missing.map((m) => m.element).sort()).toEqual(['basis', 'evidence', 'facts', 'party']);
    expect(missing.find((m) => m.element === 'evidence')!.basis).toContain('第五十九条');
  });

  it('the other decisions carry the elements of arts. 52, 24 and 37', () => {
    const full = sampleContext({
      input: {
        ...ctx.input,
        seizure: { measure: '扣押', from: '2026-11-20', to: '2026-12-19', custody: '局暂扣物品仓库' },
        items: [{ name: '烧烤炉', quantity: '2', unit: '台' }],
        enforcementOn: '2026-12-20',
        structure: '砖混结构平房一间',
      },
    });
    for (const kind of ['on-the-spot-decision', 'seizure-decision', 'demolition-decision'] as const) {
      expect(checkDecisionElements(issued(draftContent(kind, full), NUMBER)), kind).toEqual([]);
    }
    const noItems = draftContent('seizure-decision', { ...full, input: { ...full.input, items: [] } });
    expect(checkDecisionElements(noItems, { atIssue: true }).map((m) => m.element)).toContain('items');
  });

  it('every notice to a party states the reason, the basis with its article, and the rights with deadlines', () => {
    const full = sampleContext({
      input: {
        ...ctx.input,
        rectifyBy: '2026-10-15',
        rectifyRequirement: '清除占道物料',
        demolishBy: '2026-12-10',
      },
    });
    for (const kind of ['rectification-notice', 'prior-notice', 'demolition-deadline-notice'] as const) {
      const text = documentText(draftContent(kind, full));
      expect(text, kind).toContain('经查');
      expect(text, kind).toMatch(/《城市道路管理条例》第二十七条/);
      expect(text, kind).toMatch(/陈述、申辩|陈述和申辩/);
      expect(text, kind).toMatch(/个工作日内/);
      expect(text, kind).toContain('六十日内');
      expect(text, kind).toContain('六个月内');
      expect(text, kind).toContain('K7QX9M2P');
    }
  });

  it('the prior notice states the hearing right (5 working days) exactly where art. 63 gives one', () => {
    // A person fined 6,000 yuan: above the local 5,000 line.
    const withHearing = documentText(draftContent('prior-notice', ctx));
    expect(withHearing).toContain('有权要求举行听证');
    expect(withHearing).toContain('自收到本告知书之日起五个工作日内向本机关提出');
    expect(withHearing).toContain('第六十三条');
    // An organisation fined the same: below its 50,000 line, so no hearing right is stated.
    const organisation = sampleContext({
      parties: [
        {
          ...ctx.parties[0]!,
          kind: 'organisation',
          name: '如皋市恒达建材有限公司',
          idNumber: null,
          creditCode: '91320682MA1XY23450',
          legalRepresentative: '张建国',
          gender: null,
          birthDate: null,
        },
      ],
    });
    const without = documentText(draftContent('prior-notice', organisation));
    expect(without).not.toContain('听证');
    expect(without).toContain('你单位');
    // A suspension of business gives the right whatever the fine.
    const closure = sampleContext({
      parties: organisation.parties,
      proposed: { ...ctx.proposed!, kinds: ['责令停产停业'], fine: null },
    });
    expect(documentText(draftContent('prior-notice', closure))).toContain('有权要求举行听证');
  });

  it('records open with the standard wording, filled with the officers and their certificate numbers', () => {
    const content = draftContent(
      'inspection-record',
      sampleContext({ input: { startedAt: '2026-10-12T09:30', endedAt: '2026-10-12T10:15' } }),
    );
    const text = documentText(content);
    expect(text).toContain(
      '现在是2026年10月12日9时30分，我们是如皋市城市管理局执法人员王志强、陈晓东，执法证号分别为32060123001、32060123017',
    );
    expect(text).toContain('全程录音录像');
    expect(text).toContain('申请回避');
  });
});

describe('the wording library', () => {
  it('is data with the statements R-03 requires, and fills what it can', () => {
    const lib = wordingLibrary();
    const ids = lib.phrases.map((p) => p.id);
    for (const id of [
      'recording-start',
      'inspection-opening',
      'rights-notice',
      'refusal-to-sign',
      'record-check',
    ])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    const start = fillWording(phrase('recording-start').text, {
      organ: '如皋市城市管理局',
      officers: '甲、乙',
    });
    expect(start.text).toContain('我们是如皋市城市管理局执法人员甲、乙');
    expect(start.missing).toEqual(['now', 'certificates', 'place', 'activity']);
  });
});

describe('rendering', () => {
  const ctx = sampleContext();

  it('the decision PDF shows every art. 59 element, the number under a red header, and the seal position', async () => {
    const content = issued(draftContent('penalty-decision', ctx), NUMBER);
    const pdf = await renderPdf(content);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      '如皋市城市管理局',
      '行政处罚决定书',
      NUMBER,
      '当事人：张建国',
      '住址：如皋市如城街道大司马社区18组56号', // (一)
      '擅自占用城市道路', // (二) facts
      '现场检查笔录1份', // (二) evidence
      '违反了《城市道路管理条例》第二十七条的规定',
      '依据《城市道路管理条例》第四十二条的规定', // (三) basis
      '罚款人民币陆仟元整', // (三) kind and amount
      '自收到本决定书之日起十五日内缴纳罚款', // (四) how and by when
      '银行',
      '六十日内向如皋市人民政府申请行政复议', // (五)
      '六个月内依法向有管辖权的人民法院提起行政诉讼',
      '二〇二六年十一月二十六日', // (六) date
      '（印章）', // seal position
      'K7QX9M2P',
    ])
      expect(text, expected).toContain(expected.replace(/\s+/g, ''));
    // The red of the header (#E60012) fills text and strokes the rule and the seal circle.
    const drawing = pageStreams(pdf);
    expect(drawing).toMatch(/0\.9019\d* 0 0\.0705\d* scn/);
    expect(drawing).toMatch(/0\.9019\d* 0 0\.0705\d* SCN/);
    expect(drawing).toMatch(/\[4 3\] 0 d/); // the dashed outline of the seal position
  });

  it('embeds the CJK font (subset) and renders several pages with page numbers', async () => {
    const pdf = await renderPdf(issued(draftContent('prior-notice', ctx), '皋城管罚告字〔2026〕第8号'));
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf }).toString();
    expect(fonts).toMatch(/NotoSerifCJKsc-Regular/);
    expect(fonts).toMatch(/yes\s+yes\s+yes/);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString())![1],
    );
    expect(pages).toBeGreaterThan(1);
    expect(execFileSync('pdftotext', ['-l', '1', '-', '-'], { input: pdf }).toString()).toMatch(/—\s*1\s*—/);
  });

  it('a draft is marked as a draft on every page and shows where its number will go', async () => {
    const pdf = await renderPdf(draftContent('prior-notice', ctx), undefined, { draft: true });
    expect(pdfText(pdf)).toContain('〔签发时编号〕');
    const pages = execFileSync('pdftotext', ['-raw', '-', '-'], { input: pdf }).toString('utf8').split('\f');
    for (const page of pages.filter((p) => p.trim())) expect(page.replace(/\s+/g, '')).toContain('草稿');
  });

  it('the Word file is a valid zip whose word/document.xml holds the number and the text', async () => {
    const docx = await renderDocx(issued(draftContent('penalty-decision', ctx), NUMBER));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-docx-'));
    try {
      const file = path.join(dir, 'd.docx');
      fs.writeFileSync(file, docx);
      execFileSync('unzip', ['-tq', file]);
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
      expect(xml).toContain(NUMBER);
      expect(xml).toContain('行政处罚决定书');
      expect(xml).toContain('罚款人民币陆仟元整');
      expect(xml).toContain('w:color w:val="E60012"'); // the red header
      expect(xml).toContain('仿宋_GB2312');
      expect(xml).toMatch(/prstGeom prst="ellipse"/); // the seal position
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing font directory is a clear error naming the file and the setting', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-nofonts-'));
    try {
      expect(() => loadFonts(dir)).toThrow(FontMissingError);
      expect(() => loadFonts(dir)).toThrow(/NotoSerifCJK-Regular\.ttc.*SANXIANG_FONT_DIR/s);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
