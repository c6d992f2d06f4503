import { DOCUMENTS, ROLES, type RoleCode, stageOf, type TransitionDefinition } from '@sanxiang/core';
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
