import { type LayeredGraph, type Neighbour, positions } from './flowchart-graph.js';

// Step 4 of the chart layout: the left-to-right order within each layer. It starts from breadth-first
// discovery along the segments (which follows the definition order), then sweeps down and up, sorting
// each layer by the weighted barycentre of its neighbours, and keeps the order with the fewest weighted
// crossings. Ties keep the current order, so the result is deterministic.

const SWEEPS = 24;

export function orderLayers(g: LayeredGraph, start: number, nodeCount: number): number[][] {
  const layers: number[][] = Array.from({ length: g.layerCount }, () => []);
  const seen = new Array<boolean>(g.vertices.length).fill(false);
  const queue = nodeCount > 0 ? [start >= 0 && start < nodeCount ? start : 0] : [];
  for (const q of queue) seen[q] = true;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    layers[g.vertices[v]!.layer]!.push(v);
    for (const n of g.down[v]!) {
      if (!seen[n.v]) {
        seen[n.v] = true;
        queue.push(n.v);
      }
    }
  }
  g.vertices.forEach((v, i) => {
    if (!seen[i]) layers[v.layer]!.push(i);
  });

  let pos = positions(g, layers);
  const crossings = (): number => {
    let count = 0;
    for (const list of g.segmentsBelow) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if ((pos[a.upper]! - pos[b.upper]!) * (pos[a.lower]! - pos[b.lower]!) < 0)
            count += a.weight * b.weight;
        }
      }
    }
    return count;
  };
  const barycentre = (v: number, neighbours: Neighbour[]) => {
    if (neighbours.length === 0) return pos[v]!;
    let sum = 0;
    let weight = 0;
    for (const n of neighbours) {
      sum += pos[n.v]! * n.w;
      weight += n.w;
    }
    return sum / weight;
  };

  let best = layers.map((l) => [...l]);
  let bestCrossings = crossings();
  for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
    const downwards = sweep % 2 === 0;
    for (let k = 1; k < g.layerCount; k++) {
      const l = downwards ? k : g.layerCount - 1 - k;
      const keyed = layers[l]!.map((v) => ({
        v,
        key: barycentre(v, downwards ? g.up[v]! : g.down[v]!),
        was: pos[v]!,
      }));
      keyed.sort((a, b) => a.key - b.key || a.was - b.was);
      layers[l] = keyed.map((entry) => entry.v);
      pos = positions(g, layers);
    }
    const c = crossings();
    if (c < bestCrossings) {
      bestCrossings = c;
      best = layers.map((l) => [...l]);
    }
  }
  return best;
}
