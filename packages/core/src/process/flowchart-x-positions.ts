import { type LayeredGraph, positions } from './flowchart-graph.js';

// Step 5 of the chart layout: x positions. Rounds alternate between pulling each layer towards the layer
// above, the layer below, and both; each pull keeps the layer's order and spacing and is solved exactly
// by weighted isotonic regression. Then every long edge gets one column, a single x clear of every box it
// passes, so it is drawn as one straight line.

const DUMMY_GAP = 18;
const CHAIN_PULL = 3;
const ROUNDS = 36;
const NODE_CLEARANCE = 14;
const COLUMN_GAP = 12;
const COLUMN_SEARCH = 4000;

/** Weighted isotonic regression (pool adjacent violators): the nondecreasing sequence closest to t. */
export function isotonic(t: readonly number[], w: readonly number[]): number[] {
  const blocks: { sum: number; weight: number; count: number }[] = [];
  t.forEach((value, i) => {
    const weight = w[i]!;
    blocks.push({ sum: value * weight, weight, count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.weight <= b.sum / b.weight) break;
      blocks.splice(blocks.length - 2, 2, {
        sum: a.sum + b.sum,
        weight: a.weight + b.weight,
        count: a.count + b.count,
      });
    }
  });
  return blocks.flatMap((b) => new Array<number>(b.count).fill(b.sum / b.weight));
}

/** Sets every vertex's x, and re-sorts `layers` to match the columns given to long edges. */
export function placeHorizontally(g: LayeredGraph, layers: number[][], nodeGap: number): void {
  const { vertices, up, down, chains } = g;
  const separation = (a: number, b: number) =>
    (vertices[a]!.width + vertices[b]!.width) / 2 +
    (vertices[a]!.node >= 0 && vertices[b]!.node >= 0 ? nodeGap : DUMMY_GAP);
  // Offsets: where each vertex would sit if its layer were packed tight from the left.
  const offsets = layers.map((list) => {
    const o: number[] = [];
    list.forEach((v, i) => {
      o.push(i === 0 ? 0 : o[i - 1]! + separation(list[i - 1]!, v));
    });
    return o;
  });
  layers.forEach((list, l) => {
    const o = offsets[l]!;
    const shift = (o[o.length - 1] ?? 0) / 2;
    list.forEach((v, i) => {
      vertices[v]!.x = o[i]! - shift;
    });
  });
  const chainDummies = (v: number) => (vertices[v]!.node >= 0 ? [] : chains[vertices[v]!.edge]!.slice(1, -1));
  const placeLayer = (l: number, use: 'up' | 'down' | 'both') => {
    const list = layers[l]!;
    const o = offsets[l]!;
    const targets: number[] = [];
    const weights: number[] = [];
    list.forEach((v, i) => {
      const ns = use === 'up' ? up[v]! : use === 'down' ? down[v]! : [...up[v]!, ...down[v]!];
      // A long edge's dummies pull on one another, so the edge tends to one straight line.
      const pulls = [...ns, ...chainDummies(v).map((d) => ({ v: d, w: CHAIN_PULL }))];
      let sum = 0;
      let weight = 0;
      for (const n of pulls) {
        sum += vertices[n.v]!.x * n.w;
        weight += n.w;
      }
      targets.push((weight > 0 ? sum / weight : vertices[v]!.x) - o[i]!);
      weights.push(Math.max(weight, 0.5));
    });
    const y = isotonic(targets, weights);
    list.forEach((v, i) => {
      vertices[v]!.x = y[i]! + o[i]!;
    });
  };
  for (let round = 0; round < ROUNDS; round++) {
    const mode = round % 3 === 0 ? 'up' : round % 3 === 1 ? 'down' : 'both';
    if (mode === 'down') for (let l = g.layerCount - 2; l >= 0; l--) placeLayer(l, 'down');
    else for (let l = mode === 'up' ? 1 : 0; l < g.layerCount; l++) placeLayer(l, mode);
  }
  for (const v of vertices) v.x = Math.round(v.x);

  // Columns: the longest edges first, each as near as it can be to where the rounds put it.
  const columns: { x: number; from: number; to: number }[] = [];
  const blocked = (x: number, from: number, to: number) => {
    for (let l = from; l <= to; l++) {
      for (const v of layers[l]!) {
        const vx = vertices[v]!;
        if (vx.node >= 0 && Math.abs(x - vx.x) < vx.width / 2 + NODE_CLEARANCE) return true;
      }
    }
    return columns.some((c) => c.from <= to && from <= c.to && Math.abs(c.x - x) < COLUMN_GAP);
  };
  const longChains = chains
    .map((chain, ei) => ({ ei, dummies: chain.slice(1, -1) }))
    .filter((c) => c.dummies.length > 0)
    .sort((a, b) => b.dummies.length - a.dummies.length || a.ei - b.ei);
  for (const { dummies } of longChains) {
    const xs = dummies.map((d) => vertices[d]!.x).sort((a, b) => a - b);
    const desired = xs[Math.floor(xs.length / 2)]!;
    const from = vertices[dummies[0]!]!.layer;
    const to = vertices[dummies[dummies.length - 1]!]!.layer;
    let x = desired;
    for (let d = 0; d < COLUMN_SEARCH; d++) {
      const found = [desired + d, desired - d].find((c) => !blocked(c, from, to));
      if (found !== undefined) {
        x = found;
        break;
      }
    }
    columns.push({ x, from, to });
    for (const v of dummies) vertices[v]!.x = x;
  }
  // Keep each layer's order in step with the columns, for the ports and the rows that follow.
  const pos = positions(g, layers);
  for (const list of layers) list.sort((a, b) => vertices[a]!.x - vertices[b]!.x || pos[a]! - pos[b]!);
}
