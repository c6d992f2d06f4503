import { type GapPlacement, planGapRows } from './flowchart-gap-rows.js';
import { buildLayeredGraph, type Segment } from './flowchart-graph.js';
import { orderLayers } from './flowchart-ordering.js';
import { isUsableEdge, rankGraph } from './flowchart-rank.js';
import { placeHorizontally } from './flowchart-x-positions.js';
import { PathBuilder } from './svg-path-builder.js';

// A small layered (Sugiyama-style) layout for the procedure charts, written for this purpose:
//  1–2. back edges by depth-first search, layers by longest path from the start (flowchart-rank);
//  3. edges that skip layers get one dummy vertex per skipped layer (flowchart-graph);
//  4. barycentre sweeps order each layer to reduce crossings (flowchart-ordering);
//  5. x positions follow the neighbours, and each long edge gets one straight column (flowchart-x-positions);
//  6. each gap between layers gets rows for the horizontal runs and the labels (flowchart-gap-rows);
//  7. here: ports on the boxes' faces, the height of each gap, back edges (down, along a lane on the
//     nearer side, back in from above), and the paths.
// Deterministic: ties are broken by definition order, never by chance.

export interface LayoutNodeInput {
  width: number;
  height: number;
}

export interface LayoutEdgeInput {
  from: number;
  to: number;
  labelWidth: number;
  labelHeight: number;
  /** Pull towards a straight line: the main flow weighs more than a branch. */
  weight: number;
  /** A conditional edge: followed first when looking for the edges that close loops (flowchart-rank). */
  branch?: boolean;
}

export interface PlacedNode {
  x: number;
  y: number;
  width: number;
  height: number;
  layer: number;
}

export interface PlacedLabel {
  /** Centre of the label box. */
  cx: number;
  cy: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  /** Index into the input edges. */
  index: number;
  back: boolean;
  /** SVG path data (absolute M, L, Q), ending at the arrow tip on the target's top side. */
  d: string;
  label: PlacedLabel;
}

export interface Layout {
  nodes: PlacedNode[];
  /** Edges that could be placed (self-loops and edges to unknown nodes are left out). */
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export interface LayoutOptions {
  margin?: number;
  nodeGap?: number;
}

const PAD = 8;
const MIN_GAP = 26;
const IN_TRACK = 12;
const LANE_GAP = 16;
const LANE_LABEL_GAP = 16;
const ROW_PAD = 4;
const PORT_SPAN = 0.72;

type Side = 'left' | 'right';

const round1 = (n: number) => Math.round(n * 10) / 10;

export function layoutGraph(
  nodes: readonly LayoutNodeInput[],
  edges: readonly LayoutEdgeInput[],
  start: number,
  options: LayoutOptions = {},
): Layout {
  const margin = options.margin ?? 24;
  const nodeGap = options.nodeGap ?? 44;
  const { layer, back } = rankGraph(nodes.length, edges, start);
  const usable = edges.map((e) => isUsableEdge(nodes.length, e));

  const forward = edges.map((_, i) => usable[i]! && !back[i]!);
  const g = buildLayeredGraph(nodes, edges, layer, forward);
  const { vertices, segments, chains, segmentsBelow, layerCount } = g;
  const layers = orderLayers(g, start, nodes.length);
  placeHorizontally(g, layers, nodeGap);

  // --- 7a. back edges: side and lane -----------------------------------------------------------------------
  const backEdges = edges.map((_, i) => i).filter((i) => usable[i] && back[i]);
  const realLeft = Math.min(...nodes.map((n, i) => vertices[i]!.x - n.width / 2));
  const realRight = Math.max(...nodes.map((n, i) => vertices[i]!.x + n.width / 2));
  const side = new Map<number, Side>();
  for (const ei of backEdges) {
    const mid = (vertices[edges[ei]!.from]!.x + vertices[edges[ei]!.to]!.x) / 2;
    side.set(ei, mid < (realLeft + realRight) / 2 ? 'left' : 'right');
  }
  // A lane per back edge; edges whose layer spans are disjoint share one. The longer span goes outside.
  const lane = new Map<number, number>();
  const span = (ei: number): [number, number] => [layer[edges[ei]!.to]! - 1, layer[edges[ei]!.from]!];
  [...backEdges]
    .sort((a, b) => span(a)[1] - span(a)[0] - (span(b)[1] - span(b)[0]) || a - b)
    .forEach((ei) => {
      const [lo, hi] = span(ei);
      let k = 0;
      for (const [other, otherLane] of lane) {
        const [olo, ohi] = span(other);
        if (side.get(other) === side.get(ei) && olo <= hi && lo <= ohi) k = Math.max(k, otherLane + 1);
      }
      lane.set(ei, k);
    });

  // --- ports ------------------------------------------------------------------------------------------------
  // Bottom and top faces: left-side back edges (inner lane outermost), forward edges by the x of the other
  // end, right-side back edges (inner lane outermost). That order keeps a back edge's stub off the others'
  // tracks.
  const bottomPort = new Map<number, number>();
  const topPort = new Map<number, number>();
  const BIG = 1e7;
  const backOrder = (ei: number) =>
    side.get(ei) === 'left' ? -BIG + lane.get(ei)! * 1000 + ei : BIG - lane.get(ei)! * 1000 + ei;
  nodes.forEach((n, v) => {
    const outs: { edge: number; key: number }[] = [];
    const ins: { edge: number; key: number }[] = [];
    for (const s of segments) {
      if (s.upper === v) outs.push({ edge: s.edge, key: vertices[s.lower]!.x + s.edge / 1000 });
      if (s.lower === v) ins.push({ edge: s.edge, key: vertices[s.upper]!.x + s.edge / 1000 });
    }
    for (const ei of backEdges) {
      if (edges[ei]!.from === v) outs.push({ edge: ei, key: backOrder(ei) });
      if (edges[ei]!.to === v) ins.push({ edge: ei, key: backOrder(ei) });
    }
    const spread = (items: { edge: number; key: number }[], into: Map<number, number>) => {
      const usableWidth = n.width * PORT_SPAN;
      const x0 = vertices[v]!.x - usableWidth / 2;
      items
        .sort((a, b) => a.key - b.key)
        .forEach((item, j) => {
          into.set(item.edge, Math.round(x0 + (usableWidth * (j + 1)) / (items.length + 1)));
        });
    };
    spread(outs, bottomPort);
    spread(ins, topPort);
  });
  const upperX = (s: Segment) => (s.first ? bottomPort.get(s.edge)! : vertices[s.upper]!.x);
  const lowerX = (s: Segment) => (vertices[s.lower]!.node >= 0 ? topPort.get(s.edge)! : vertices[s.lower]!.x);

  // --- 6. rows in each gap -------------------------------------------------------------------------------------
  const plans = segmentsBelow.map((list) =>
    planGapRows(
      list.map((s) => ({
        xu: upperX(s),
        xl: lowerX(s),
        labelWidth: s.first ? edges[s.edge]!.labelWidth : 0,
      })),
    ),
  );
  const planOf = new Map<Segment, GapPlacement>();
  segmentsBelow.forEach((list, g) => {
    list.forEach((s, i) => {
      planOf.set(s, plans[g]!.placements[i]!);
    });
  });
  const rowHeight = Math.max(20, ...edges.map((e) => e.labelHeight)) + ROW_PAD;

  // --- y positions ---------------------------------------------------------------------------------------------
  const departing: number[][] = Array.from({ length: layerCount }, () => []);
  const arriving: number[][] = Array.from({ length: layerCount }, () => []);
  for (const ei of backEdges) {
    departing[layer[edges[ei]!.from]!]!.push(ei);
    arriving[layer[edges[ei]!.to]!]!.push(ei);
  }
  // Inner lanes take the tracks nearest the boxes, so tracks and stubs of nested loops never cross.
  const byLane = (a: number, b: number) => lane.get(a)! - lane.get(b)! || a - b;
  for (const list of departing) list.sort(byLane);
  for (const list of arriving) list.sort(byLane);
  const outTrack = rowHeight;
  const layerHeight = layers.map((list) =>
    Math.max(0, ...list.filter((v) => vertices[v]!.node >= 0).map((v) => nodes[vertices[v]!.node]!.height)),
  );
  const layerTop: number[] = [];
  const gapTop: number[] = [];
  let y = margin + (arriving[0]!.length > 0 ? PAD + arriving[0]!.length * IN_TRACK : 0);
  for (let l = 0; l < layerCount; l++) {
    layerTop.push(y);
    y += layerHeight[l]!;
    gapTop.push(y);
    const out = departing[l]!.length;
    const into = arriving[l + 1]?.length ?? 0;
    const needed = PAD * 2 + out * outTrack + plans[l]!.rows * rowHeight + into * IN_TRACK;
    const last = l === layerCount - 1;
    y += last ? (out > 0 ? needed : 0) : Math.max(MIN_GAP, needed);
  }
  const contentBottom = y;
  const rowY = (g: number, row: number) => {
    const bandTop = gapTop[g]! + PAD + departing[g]!.length * outTrack;
    const bandBottom = (layerTop[g + 1] ?? contentBottom) - PAD - (arriving[g + 1]?.length ?? 0) * IN_TRACK;
    const used = plans[g]!.rows * rowHeight;
    return bandTop + (bandBottom - bandTop - used) / 2 + row * rowHeight + rowHeight / 2;
  };
  const nodeY = (i: number) => layerTop[layer[i]!]! + (layerHeight[layer[i]!]! - nodes[i]!.height) / 2;

  // --- horizontal extent and the shift to the margin --------------------------------------------------------------
  const labelAt = new Map<number, PlacedLabel>();
  for (const s of segments) {
    if (!s.first) continue;
    const e = edges[s.edge]!;
    const plan = planOf.get(s)!;
    labelAt.set(s.edge, {
      cx: plan.labelX,
      cy: rowY(vertices[s.upper]!.layer, plan.labelRow),
      width: e.labelWidth,
      height: e.labelHeight,
    });
  }
  const forwardLabels = [...labelAt.values()];
  const contentLeft = Math.min(
    realLeft,
    ...forwardLabels.map((l) => l.cx - l.width / 2),
    ...vertices.map((v) => v.x),
  );
  const contentRight = Math.max(
    realRight,
    ...forwardLabels.map((l) => l.cx + l.width / 2),
    ...vertices.map((v) => v.x),
  );
  const labelWidthOn = (s: Side) =>
    Math.max(0, ...backEdges.filter((ei) => side.get(ei) === s).map((ei) => edges[ei]!.labelWidth));
  const lanesOn = (s: Side) =>
    Math.max(-1, ...backEdges.filter((ei) => side.get(ei) === s).map((ei) => lane.get(ei)!)) + 1;
  const laneX = (ei: number) => {
    const k = lane.get(ei)!;
    return side.get(ei) === 'left'
      ? contentLeft - 2 * LANE_LABEL_GAP - labelWidthOn('left') - k * LANE_GAP
      : contentRight + 2 * LANE_LABEL_GAP + labelWidthOn('right') + k * LANE_GAP;
  };
  const leftmost =
    lanesOn('left') > 0
      ? contentLeft - 2 * LANE_LABEL_GAP - labelWidthOn('left') - (lanesOn('left') - 1) * LANE_GAP
      : contentLeft;
  const rightmost =
    lanesOn('right') > 0
      ? contentRight + 2 * LANE_LABEL_GAP + labelWidthOn('right') + (lanesOn('right') - 1) * LANE_GAP
      : contentRight;
  const dx = margin - (Number.isFinite(leftmost) ? leftmost : 0);

  // --- paths -----------------------------------------------------------------------------------------------------
  const placedEdges: PlacedEdge[] = [];
  edges.forEach((e, ei) => {
    if (!usable[ei] || back[ei]) return;
    const chain = chains[ei]!;
    const path = new PathBuilder(dx);
    for (let k = 0; k + 1 < chain.length; k++) {
      const s = segments.find((sg) => sg.edge === ei && sg.upper === chain[k] && sg.lower === chain[k + 1])!;
      const g = vertices[s.upper]!.layer;
      const xu = upperX(s);
      const xl = lowerX(s);
      if (k === 0) path.move(xu, nodeY(e.from) + nodes[e.from]!.height);
      path.step(xu, xl, rowY(g, planOf.get(s)!.row));
      if (vertices[s.lower]!.node >= 0) path.line(xl, nodeY(e.to));
      else path.line(xl, layerTop[g + 1]! + layerHeight[g + 1]!);
    }
    const label = labelAt.get(ei)!;
    placedEdges.push({
      index: ei,
      back: false,
      d: path.toString(),
      label: { ...label, cx: round1(label.cx + dx), cy: round1(label.cy) },
    });
  });
  for (const ei of backEdges) {
    const e = edges[ei]!;
    const g = layer[e.from]!;
    const yOut = gapTop[g]! + PAD + departing[g]!.indexOf(ei) * outTrack + outTrack / 2;
    const t = layer[e.to]!;
    const yIn = layerTop[t]! - PAD - arriving[t]!.indexOf(ei) * IN_TRACK - IN_TRACK / 2;
    const sx = bottomPort.get(ei)!;
    const tx = topPort.get(ei)!;
    const lx = laneX(ei);
    const path = new PathBuilder(dx);
    path.move(sx, nodeY(e.from) + nodes[e.from]!.height);
    path.line(sx, yOut);
    path.line(lx, yOut);
    path.line(lx, yIn);
    path.line(tx, yIn);
    path.line(tx, nodeY(e.to));
    // The label sits on the outgoing track, between the content and the lanes, where nothing else runs.
    const cx =
      side.get(ei) === 'left'
        ? contentLeft - LANE_LABEL_GAP - e.labelWidth / 2
        : contentRight + LANE_LABEL_GAP + e.labelWidth / 2;
    placedEdges.push({
      index: ei,
      back: true,
      d: path.toString(),
      label: { cx: round1(cx + dx), cy: round1(yOut), width: e.labelWidth, height: e.labelHeight },
    });
  }
  placedEdges.sort((a, b) => a.index - b.index);

  const placedNodes: PlacedNode[] = nodes.map((n, i) => ({
    x: round1(vertices[i]!.x - n.width / 2 + dx),
    y: round1(nodeY(i)),
    width: n.width,
    height: n.height,
    layer: layer[i]!,
  }));
  return {
    nodes: placedNodes,
    edges: placedEdges,
    width: Math.ceil(rightmost - leftmost + margin * 2),
    height: Math.ceil(contentBottom + margin),
  };
}
