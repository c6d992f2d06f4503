import { permissionsOf, type RoleCode } from '@sanxiang/core';
import { describe, expect, it } from 'vitest';
import { menuKeyForPath, visibleMenuEntries } from '../src/layout/menu-items';
import { addRedaction, type Redaction, segments } from '../src/publicity/publicity-api';

const menuFor = (...roles: RoleCode[]) => visibleMenuEntries(new Set(permissionsOf(roles))).map((e) => e.key);
const r = (start: number, end: number, text: string): Redaction => ({
  kind: 'other',
  start,
  end,
  text,
  origin: 'manual',
});

describe('publicity console (P-02, P-09)', () => {
  it('P-02 the publicity officer and the supervision centre see the queue and the corrections; a field officer does not', () => {
    for (const role of ['publicity_officer', 'supervisor'] as const) {
      expect(menuFor(role)).toEqual(expect.arrayContaining(['publicity', 'publicity-corrections']));
    }
    expect(menuFor('officer')).not.toContain('publicity');
    expect(menuKeyForPath('/publicity/corrections')).toBe('publicity-corrections');
    expect(menuKeyForPath('/publicity/abc')).toBe('publicity');
  });

  it('P-09 cuts the text into plain and redacted pieces that join back into the text', () => {
    const text = '当事人张三，电话13800001111。';
    const pieces = segments(text, [r(8, 19, '13800001111'), r(3, 5, '张三')]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.redaction).map((p) => p.text)).toEqual(['张三', '13800001111']);
  });

  it('P-09 refuses an added redaction that overlaps one already there', () => {
    const list = [r(3, 5, '张三')];
    expect(addRedaction(list, r(4, 6, '三，'))).toBeNull();
    expect(addRedaction(list, r(5, 5, ''))).toBeNull();
    expect(addRedaction(list, r(0, 3, '当事人'))?.map((x) => x.start)).toEqual([0, 3]);
  });
});
