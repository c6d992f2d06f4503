import { ROLES } from '@sanxiang/core';
import type { Actor, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { loadUnitTree } from './unit-tree.js';

/**
 * The units whose records an actor may see (R-08 levelled access): null means every unit. Bureau-level
 * roles, the supervision centre and the judicial bureau see all; officers, squad leaders and township
 * units see their own unit and what lies under it. The widest of the actor's roles wins.
 */
export async function visibleUnitIds(db: Tx, actor: Actor): Promise<string[] | null> {
  if (actor.roles.some((r) => ROLES[r].reach === 'all')) return null;
  return (await loadUnitTree(db)).subtree(actor.unitId);
}

/** Throws NOT_FOUND (not FORBIDDEN) so that records outside the scope do not even reveal they exist. */
export async function assertUnitVisible(db: Tx, actor: Actor, unitId: string): Promise<void> {
  const visible = await visibleUnitIds(db, actor);
  if (visible && !visible.includes(unitId)) throw new AppError('NOT_FOUND');
}
