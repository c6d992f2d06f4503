import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../src/process/index.js';
import {
  allStageRecordingRules,
  CASE_FILE_SECTIONS,
  footageStages,
  grantExpiry,
  grantIsValid,
  missingRecords,
  orderCaseFileDocuments,
  RECORDING_LIST,
  readBasis,
  sealsCaseFile,
  stageOfDocument,
  stageRecordingRule,
} from '../src/recording/index.js';

describe('R-02 / R-05 recording rules as data', () => {
  it('R-05: 查封/扣押 on site and 强制拆除 are the stages whose exit needs footage', () => {
    const stages = footageStages().map((r) => `${r.procedure}/${r.stage}`);
    expect(stages.sort()).toEqual(['demolition/demolition', 'seizure/on-site']);
  });

  it('R-05: every footage stage is left only through a transition guarded by footage-linked', () => {
    for (const r of footageStages()) {
      const exits = PROCEDURES[r.procedure].transitions.filter((t) => t.from === r.stage);
      expect(exits.length).toBeGreaterThan(0);
      for (const t of exits) expect(t.guards, `${r.procedure} ${t.action}`).toContain('footage-linked');
    }
  });

  it('R-02: the rule of a stage is the procedure definition’s requiredRecords', () => {
    const rule = stageRecordingRule('seizure', 'on-site')!;
    expect(rule.requiredRecords).toEqual(['text', 'photo', 'audio', 'video']);
    expect(rule.listItems.map((i) => i.code)).toEqual(['seizure-on-site']);
    expect(stageRecordingRule('seizure', 'nowhere')).toBeNull();
    const count = Object.values(PROCEDURES).reduce((n, p) => n + p.stages.length, 0);
    expect(allStageRecordingRules()).toHaveLength(count);
  });

  it('R-05: every mandatory item of the recording list names a stage that requires footage, and back', () => {
    const mandatory = RECORDING_LIST.filter((i) => i.level === 'mandatory');
    expect(mandatory.map((i) => i.code).sort()).toEqual(['forced-demolition', 'seizure-on-site']);
    for (const item of RECORDING_LIST)
      for (const s of item.stages) {
        const rule = stageRecordingRule(s.procedure, s.stage);
        expect(rule, `${item.code} → ${s.procedure}/${s.stage}`).not.toBeNull();
        expect(rule!.footageRequired).toBe(item.level === 'mandatory');
      }
  });

  it('R-02: text needs a written record; video carries sound; audio alone is not video', () => {
    const all = ['text', 'photo', 'audio', 'video'] as const;
    expect(missingRecords(all, [], false)).toEqual(['text', 'photo', 'audio', 'video']);
    expect(missingRecords(all, ['video', 'photo'], true)).toEqual([]);
    expect(missingRecords(all, ['audio', 'photo'], true)).toEqual(['video']);
    expect(missingRecords(all, ['document', 'photo', 'video'], false)).toEqual(['text']);
  });
});

describe('R-07 case file order and sealing', () => {
  it('sections run 封面, 卷内目录, documents, evidence list, 备考表', () => {
    expect(CASE_FILE_SECTIONS.map((s) => s.name)).toEqual([
      '封面',
      '卷内目录',
      '文书材料',
      '证据材料清单',
      '备考表',
    ]);
  });

  it('documents follow the stages of the procedure, not the order they were issued in', () => {
    const docs = [
      { id: 'a', kind: 'penalty-decision' as const, issuedAt: '2026-03-01T00:00:00Z' },
      { id: 'b', kind: 'filing-approval' as const, issuedAt: '2026-03-05T00:00:00Z' },
      { id: 'c', kind: 'prior-notice' as const, issuedAt: '2026-02-01T00:00:00Z' },
    ];
    const stageIndex = (k: (typeof docs)[number]['kind']) =>
      PROCEDURES.general.stages.findIndex((s) => s.code === stageOfDocument('general', k));
    const ordered = orderCaseFileDocuments('general', docs);
    const idx = ordered.map((d) => stageIndex(d.kind));
    expect([...idx].sort((x, y) => x - y)).toEqual(idx);
    expect(ordered[0]!.kind).toBe('filing-approval');
  });

  it('the file is sealed on reaching a final stage (归档, 结束, 拆除完毕), not before', () => {
    expect(sealsCaseFile('general', 'archived')).toBe(true);
    expect(sealsCaseFile('general', 'closing')).toBe(false);
    expect(sealsCaseFile('seizure', 'closed')).toBe(true);
    expect(sealsCaseFile('demolition', 'demolished')).toBe(true);
    expect(sealsCaseFile('seizure', 'custody')).toBe(false);
  });
});

describe('R-08 levelled access', () => {
  const now = new Date('2026-06-10T08:00:00Z');
  const approved = {
    caseId: 'c1',
    status: 'approved' as const,
    validFrom: '2026-06-10T00:00:00Z',
    validUntil: grantExpiry(new Date('2026-06-10T00:00:00Z'), 72).toISOString(),
  };

  it('own unit and bureau-wide roles read without a grant', () => {
    expect(readBasis(null, 'u9', [], 'c1', now)).toBe('bureau-wide');
    expect(readBasis(['u1', 'u2'], 'u2', [], 'c1', now)).toBe('own-unit');
  });

  it('another unit’s case needs an approved grant for that case, within its validity', () => {
    expect(readBasis(['u1'], 'u9', [], 'c1', now)).toBe('none');
    expect(readBasis(['u1'], 'u9', [approved], 'c1', now)).toBe('grant');
    expect(readBasis(['u1'], 'u9', [approved], 'c2', now)).toBe('none');
    expect(readBasis(['u1'], 'u9', [{ ...approved, status: 'pending' }], 'c1', now)).toBe('none');
    expect(readBasis(['u1'], 'u9', [approved], 'c1', new Date('2026-06-13T00:00:00Z'))).toBe('none');
    expect(grantIsValid(approved, new Date('2026-06-12T23:59:59Z'))).toBe(true);
  });
});
