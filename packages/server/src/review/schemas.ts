import { FINDINGS, OPINIONS, REVIEW_ITEM_CODES } from '@sanxiang/core';
import { z } from 'zod';

// The shapes of docs/contracts/review-api.md. Field messages Chinese first.

const date = (label: string) => z.iso.date({ error: `${label}须为日期（YYYY-MM-DD）` });
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` });

export const idParams = z.object({ id: z.string().min(1).max(100) });
export const level = z.enum(['brigade', 'bureau']);

export const submitBody = z
  .object({
    recommendation: z.string().trim().max(4000, { error: '处理建议不能超过4000字' }),
    evidence: z.array(z.string().trim().max(300)).max(200),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

export const assignBody = z.object({ reviewerId: z.string().min(1).max(100) }).strict();

export const opinionBody = z
  .object({
    items: z
      .array(
        z.object({
          code: z.enum(REVIEW_ITEM_CODES as [string, ...string[]], { error: '审核事项不存在' }),
          finding: z.enum(Object.keys(FINDINGS) as [keyof typeof FINDINGS, ...(keyof typeof FINDINGS)[]]),
          comment: z.string().trim().max(2000),
        }),
      )
      .length(REVIEW_ITEM_CODES.length, { error: '七项审核内容须逐项填写' }),
    opinion: z.enum(Object.keys(OPINIONS) as [keyof typeof OPINIONS, ...(keyof typeof OPINIONS)[]]),
    text: text('审核意见', 5000),
  })
  .strict();

export const extendBody = z.object({ reason: text('延长理由', 1000) }).strict();

export const discussionBody = z
  .object({
    heldOn: date('讨论日期'),
    chair: text('主持人', 50),
    participants: z.array(text('参加人员', 50)).min(3, { error: '集体讨论参加人员不少于3人' }).max(30),
    summary: text('讨论记录', 10000),
    conclusion: z.enum(['uphold', 'revise']),
  })
  .strict();

export const inboxQuery = z.object({
  view: z.enum(['mine', 'all']).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export const figuresQuery = z.object({ from: date('开始日期'), to: date('结束日期') });

const amounts = z.object({ person: z.number().int().positive(), organisation: z.number().int().positive() });
export const catalogueBody = z
  .object({
    catalogue: z.object({
      fineThreshold: amounts,
      confiscationThreshold: amounts,
      majorKinds: z.array(text('处罚种类', 50)).max(30),
      hearingCases: z.boolean(),
      outsideDiscretion: z.boolean(),
      complexOrPublicInterest: z.boolean(),
    }),
    timeLimits: z.object({
      days: z.number().int().min(1).max(60),
      complexExtraDays: z.number().int().min(0).max(30),
    }),
    note: text('发布说明', 1000),
  })
  .strict();

export const qualificationBody = z
  .object({
    userId: z.string().min(1).max(100),
    level,
    certificateNo: text('法律职业资格证书编号', 50),
    certificateDate: date('取得日期'),
  })
  .strict();

export const revokeBody = z.object({ reason: text('撤销理由', 500) }).strict();

// Responses are passed through as built by the operations (present.ts); kept loose here.
export const anyObject = z.record(z.string(), z.unknown());
