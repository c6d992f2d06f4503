import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** What the portal says about the bureau before any enforcement (P-03 主体、职责; remedies). */
export interface BureauProfile {
  name: string;
  legalBasis: string;
  duties: string[];
  address: string;
  postcode: string;
  phone: string;
  hours: string;
  complaints: { channel: string; contact: string }[];
  remedies: { kind: string; body: string; deadline: string; address: string }[];
}

export const BUREAU_PROFILE_KEY = 'bureau_profile';

export async function loadBureauProfile(db: Kysely<DB>): Promise<BureauProfile | null> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', BUREAU_PROFILE_KEY)
    .executeTakeFirst();
  return (row?.value as BureauProfile | undefined) ?? null;
}
