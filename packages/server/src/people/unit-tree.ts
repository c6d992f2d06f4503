import type { Tx } from '../context.js';
import type { UnitTable } from '../db/schema.js';

/** The bureau's unit tree: a dozen rows, read whole and walked in memory. */
export class UnitTree {
  private readonly byId: Map<string, UnitTable>;
  private readonly children = new Map<string, UnitTable[]>();

  constructor(readonly units: UnitTable[]) {
    this.byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      if (!u.parent_id) continue;
      const list = this.children.get(u.parent_id) ?? [];
      list.push(u);
      this.children.set(u.parent_id, list);
    }
  }

  get(id: string): UnitTable | undefined {
    return this.byId.get(id);
  }

  /** Names from the root down to the unit, e.g. ['如皋市城市管理局', '综合执法大队', '一中队']. */
  path(id: string): string[] {
    const names: string[] = [];
    let unit = this.byId.get(id);
    while (unit) {
      names.unshift(unit.name);
      unit = unit.parent_id ? this.byId.get(unit.parent_id) : undefined;
    }
    return names;
  }

  /** The unit and everything under it. */
  subtree(id: string): string[] {
    const out: string[] = [];
    const walk = (unitId: string) => {
      out.push(unitId);
      for (const c of this.children.get(unitId) ?? []) walk(c.id);
    };
    if (this.byId.has(id)) walk(id);
    return out;
  }
}

export async function loadUnitTree(db: Tx): Promise<UnitTree> {
  return new UnitTree(await db.selectFrom('units').selectAll().orderBy('sort').execute());
}
