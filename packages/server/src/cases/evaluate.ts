import { DOCUMENTS, LAWS, ROLES, type RoleCode, stageOf, type TransitionDefinition } from '@sanxiang/core';
import { GUARD_CHECKS } from './guards/index.js';
import type { CaseBundle } from './load-case.js';
import type { ActionPayload } from './schemas.js';
import type { Refusal } from './types.js';

// Whether an act may be taken now, and if not every reason why, in order: the actor's role (the transition's
// own roles, else the stage's), each guard of the transition as core lists them, then the documents the stage
// requires. The first refusal is what the API answers with; all of them are listed on the case.

export function rolesFor(bundle: CaseBundle, t: TransitionDefinition): readonly RoleCode[] {
  return t.roles ?? stageOf(bundle.procedure, t.from)?.roles ?? [];
}

export function evaluateTransition(
  bundle: CaseBundle,
  t: TransitionDefinition,
  payload: ActionPayload,
  reason: string | undefined,
): Refusal[] {
  const refusals: Refusal[] = [];
  const roles = rolesFor(bundle, t);
  if (!bundle.actor.roles.some((r) => roles.includes(r))) {
    const names = roles.map((r) => ROLES[r].name);
    refusals.push({
      guard: null,
      code: 'ACTION_ROLE_NOT_ALLOWED',
      message: `“${t.name}”须由${names.join('、')}办理`,
      messageEn: `"${t.nameEn}" is taken by: ${roles.map((r) => ROLES[r].nameEn).join(', ')}`,
      articles: [],
      missing: [...roles],
    });
  }
  const officerOnly = officerOnlyRefusal(bundle, t, roles);
  if (officerOnly) refusals.push(officerOnly);
  const ctx = { ...bundle, transition: t, payload, reason };
  for (const g of t.guards) {
    const r = GUARD_CHECKS[g](ctx);
    if (r) refusals.push(r);
  }
  const stage = stageOf(bundle.procedure, t.from);
  const missing = (stage?.requiredDocuments ?? []).filter((k) => !bundle.issued.has(k));
  if (missing.length > 0) {
    const names = missing.map((k) => DOCUMENTS[k].name);
    refusals.push({
      guard: null,
      code: 'DOCUMENTS_MISSING',
      message: `“${stage!.name}”环节须制作签发：${names.join('、')}`,
      messageEn: `The stage "${stage!.nameEn}" needs: ${missing.map((k) => DOCUMENTS[k].nameEn).join(', ')}`,
      articles: [],
      missing: [...missing],
    });
  }
  return refusals;
}

// Field roles act on a case only as one of its own officers (行政处罚法 art. 42: the penalty is carried out by
// the officers assigned to it). Heads and reviewers act by office, so the check applies when every role that
// lets this actor take the act is a field role. A case source nobody has been assigned to yet may be taken
// forward by any field officer of the unit (the unit scope is checked when the case is loaded); once officers
// are assigned, only they act, and a recused one no longer does.
const PENALTY_LAW = 'administrative-penalty-law-2021' as const;
const FIELD_ROLES: readonly RoleCode[] = ['officer', 'township_officer'];

function officerOnlyRefusal(
  bundle: CaseBundle,
  t: TransitionDefinition,
  allowed: readonly RoleCode[],
): Refusal | null {
  const held = bundle.actor.roles.filter((r) => allowed.includes(r));
  if (held.length === 0 || held.some((r) => !FIELD_ROLES.includes(r))) return null;
  if (bundle.officers.length === 0) return null;
  const mine = bundle.officers.some((o) => o.active && o.personId === bundle.actorPersonId);
  if (mine) return null;
  return {
    guard: null,
    code: 'ACTION_NOT_CASE_OFFICER',
    message: `“${t.name}”须由本案承办人员办理，您不在本案执法人员之列`,
    messageEn: `"${t.nameEn}" is taken by the case's own officers; you are not one of them`,
    articles: [{ law: PENALTY_LAW, lawName: LAWS[PENALTY_LAW].short, articles: [42] }],
    missing: [],
  };
}
