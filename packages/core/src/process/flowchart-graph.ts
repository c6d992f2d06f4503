import type { LayoutEdgeInput, LayoutNodeInput } from './flowchart-layout.js';

// Step 3 of the chart layout: the layered graph. Each real node is a vertex; an edge that skips layers
// gets one dummy vertex per skipped layer (its "chain"), so that it runs between the boxes like any other.

export interface Vertex {
  layer: number;
  width: number;
  /** Index of the real node, or -1 for a dummy. */
  node: number;
  /** For a dummy, the edge it carries. */
  edge: number;
  x: number;
}

export interface Segment {
  upper: number;
  lower: number;
  weight: number;
  edge: number;
  /** The edge's first segment carries its label. */
  first: boolean;
}

export interface Neighbour {
  v: number;
  w: number;
}

export interface LayeredGraph {
  vertices: Vertex[];
  segments: Segment[];
  /** For each forward edge, its vertices from source to target (empty for back and unusable edges). */
  chains: number[][];
  /** Neighbours in the layer above and below, with the weight of the joining segment. */
  up: Neighbour[][];
  down: Neighbour[][];
  layerCount: number;
  /** Segments grouped by the layer of their upper end: the gap each one crosses. */
  segmentsBelow: Segment[][];
}

export const DUMMY_WIDTH = 8;

export function buildLayeredGraph(
  nodes: readonly LayoutNodeInput[],
  edges: readonly LayoutEdgeInput[],
  layer: readonly number[],
  forward: readonly boolean[],
): LayeredGraph {
  const vertices: Vertex[] = nodes.map((n, i) => ({
    layer: layer[i]!,
    width: n.width,
    node: i,
    edge: -1,
    x: 0,
  }));
  const segments: Segment[] = [];
  const chains: number[][] = edges.map(() => []);
  edges.forEach((e, ei) => {
    if (!forward[ei]) return;
    const chain = [e.from];
    for (let l = layer[e.from]! + 1; l < layer[e.to]!; l++) {
      vertices.push({ layer: l, width: DUMMY_WIDTH, node: -1, edge: ei, x: 0 });
      chain.push(vertices.length - 1);
    }
    chain.push(e.to);
    chains[ei] = chain;
    for (let k = 0; k + 1 < chain.length; k++) {
      segments.push({ upper: chain[k]!, lower: chain[k + 1]!, weight: e.weight, edge: ei, first: k === 0 });
    }
  });
  const layerCount = Math.max(0, ...vertices.map((v) => v.layer)) + 1;
  const up: Neighbour[][] = vertices.map(() => []);
  const down: Neighbour[][] = vertices.map(() => []);
  const segmentsBelow: Segment[][] = Array.from({ length: layerCount }, () => []);
  for (const s of segments) {
    down[s.upper]!.push({ v: s.lower, w: s.weight });
    up[s.lower]!.push({ v: s.upper, w: s.weight });
    segmentsBelow[vertices[s.upper]!.layer]!.push(s);
  }
  return { vertices, segments, chains, up, down, layerCount, segmentsBelow };
}

/** Position of every vertex within its layer. */
export function positions(g: LayeredGraph, layers: readonly (readonly number[])[]): number[] {
  const pos = new Array<number>(g.vertices.length).fill(0);
  for (const list of layers) {
    list.forEach((v, i) => {
      pos[v] = i;
    });
  }
  return pos;
}
