import {
  type PublicationKind,
  type PublicationPolicy,
  type PublicPeriodOverrides,
  publicityPolicy,
} from '@sanxiang/core';
import type { Tx } from '../context.js';

// The bureau's publicity policy (P-01): core's table with the local figures from meta key
// 'publicity.policy' — the public periods per kind, and whether a punished natural person is named in full.

export const PUBLICITY_POLICY_KEY = 'publicity.policy';

export interface LocalPublicityRules {
  publicPeriods?: PublicPeriodOverrides;
  /** 'full' (the usual rule) or 'surname' (王某某). */
  punishedPersonName?: 'full' | 'surname';
}

export interface LoadedPolicy {
  policy: Record<PublicationKind, PublicationPolicy>;
  punishedPersonName: 'full' | 'surname';
}

export async function loadPublicityPolicy(db: Tx): Promise<LoadedPolicy> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', PUBLICITY_POLICY_KEY)
    .executeTakeFirst();
  const local = (row?.value ?? {}) as LocalPublicityRules;
  return {
    policy: publicityPolicy(local.publicPeriods ?? {}),
    punishedPersonName: local.punishedPersonName === 'surname' ? 'surname' : 'full',
  };
}
