import type { Unit } from './units-api';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/**
 * Builds the tree from the flat list. A unit whose parent is not in the list becomes a root: users whose
 * data scope is their own subtree receive that subtree without the bureau above it. Order among siblings
 * is the server's order.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units) nodes.set(unit.id, { unit, children: [] });
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId !== null ? nodes.get(unit.parentId) : undefined;
    // A self-parented record would otherwise vanish from the tree.
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * Keeps the units whose name or short name contains the search text, with their ancestors so they stay in
 * context; returns the ids to expand so every match is visible.
 */
export function filterUnitTree(
  roots: readonly UnitNode[],
  text: string,
): { roots: UnitNode[]; expand: string[] } {
  const needle = text.trim().toLowerCase();
  if (!needle) return { roots: [...roots], expand: [] };
  const expand: string[] = [];
  const visit = (node: UnitNode): UnitNode | null => {
    const kids = node.children.map(visit).filter((n): n is UnitNode => n !== null);
    const hit =
      node.unit.name.toLowerCase().includes(needle) || node.unit.shortName.toLowerCase().includes(needle);
    if (kids.length > 0) expand.push(node.unit.id);
    return hit || kids.length > 0 ? { unit: node.unit, children: kids } : null;
  };
  return { roots: roots.map(visit).filter((n): n is UnitNode => n !== null), expand };
}

/** Names from the root down to the unit, for breadcrumbs. */
export function unitPath(units: readonly Unit[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: string[] = [];
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    path.unshift(cur.name);
    cur = cur.parentId !== null ? byId.get(cur.parentId) : undefined;
  }
  return path;
}
