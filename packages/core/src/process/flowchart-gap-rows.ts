// Step 6 of the chart layout: in each gap between two layers, every edge segment runs down from its upper
// point, along a horizontal row, and down to its lower point. This picks each segment's row, and the row
// and x of its label (on the run, or on one of its two vertical stubs, or just beside either), so that no
// label covers another label or another edge's line, and no two runs share a stretch of one row. Lines
// may cross one another; a crossing costs a little, so rows are ordered to avoid them when they can be.

export interface GapSegment {
  /** x where the segment leaves the layer above, and where it enters the layer below. */
  xu: number;
  xl: number;
  /** Width of the label it carries, or 0 for none. */
  labelWidth: number;
}

export interface GapPlacement {
  /** Row of the horizontal run. */
  row: number;
  /** Row and centre of the label (meaningless when there is no label). */
  labelRow: number;
  labelX: number;
}

interface Option extends GapPlacement {
  /** Preference: lower rows first, then a label on the run, then nearer the preferred spot. */
  rank: number;
}

interface Placed extends GapSegment, GapPlacement {}

const MARGIN = 6;
const RUN_MARGIN = 6;
const STEP = 6;
const BESIDE = 4;
const CROSSING = 50;
const CONFLICT = 1e6;

const straight = (s: GapSegment) => Math.abs(s.xu - s.xl) < 0.5;

/** The x interval the segment occupies on row `r`. */
function presence(p: Placed, r: number): [number, number] {
  if (straight(p) || r < p.row) return [p.xu, p.xu];
  if (r > p.row) return [p.xl, p.xl];
  return [Math.min(p.xu, p.xl), Math.max(p.xu, p.xl)];
}

function labelSpan(p: Placed): [number, number] | undefined {
  return p.labelWidth > 0
    ? [p.labelX - p.labelWidth / 2 - MARGIN, p.labelX + p.labelWidth / 2 + MARGIN]
    : undefined;
}

const overlap = (a: [number, number], b: [number, number], pad = 0) =>
  a[0] - pad <= b[1] && b[0] - pad <= a[1];

function conflicts(a: Placed, b: Placed): number {
  let count = 0;
  const la = labelSpan(a);
  const lb = labelSpan(b);
  if (la && overlap(presence(b, a.labelRow), la)) count++;
  if (lb && overlap(presence(a, b.labelRow), lb)) count++;
  if (la && lb && a.labelRow === b.labelRow && overlap(la, lb)) count++;
  if (
    a.row === b.row &&
    !straight(a) &&
    !straight(b) &&
    overlap(presence(a, a.row), presence(b, b.row), RUN_MARGIN)
  ) {
    count++;
  }
  return count;
}

const strictlyInside = (x: number, span: [number, number]) => x > span[0] + 0.5 && x < span[1] - 0.5;

/** Line crossings between two placed segments: a vertical part of one through the run of the other. */
function crossings(a: Placed, b: Placed): number {
  if (a.row === b.row) return 0;
  let count = 0;
  if (!straight(b) && strictlyInside(presence(a, b.row)[0], presence(b, b.row))) count++;
  if (!straight(a) && strictlyInside(presence(b, a.row)[0], presence(a, a.row))) count++;
  return count;
}

/** x positions for a label centred on a vertical line at x, or just beside it. */
const onOrBeside = (x: number, w: number) => [x, x - w / 2 - BESIDE, x + w / 2 + BESIDE];

function options(s: GapSegment, maxRows: number): Option[] {
  const out: Option[] = [];
  const w = s.labelWidth;
  if (w === 0) {
    // Without a label only the run's row matters, and a straight line has none.
    const rows = straight(s) ? 1 : maxRows;
    for (let row = 0; row < rows; row++) out.push({ row, labelRow: row, labelX: s.xu, rank: row * 100 });
    return out;
  }
  if (straight(s)) {
    for (let row = 0; row < maxRows; row++) {
      onOrBeside(s.xu, w).forEach((labelX, k) => {
        out.push({ row, labelRow: row, labelX, rank: row * 100 + k });
      });
    }
    return out;
  }
  const lo = Math.min(s.xu, s.xl);
  const hi = Math.max(s.xu, s.xl);
  const mid = (lo + hi) / 2;
  const onRun = [mid];
  // About a dozen spots along a long run are enough; a short run is tried every few pixels.
  const step = Math.max(STEP, (hi - lo) / 12);
  for (let d = step; mid - d >= lo || mid + d <= hi; d += step) {
    if (mid - d >= lo) onRun.push(mid - d);
    if (mid + d <= hi) onRun.push(mid + d);
  }
  onRun.push(lo - w / 2 - BESIDE, hi + w / 2 + BESIDE);
  for (let row = 0; row < maxRows; row++) {
    onRun.forEach((labelX, k) => {
      out.push({ row, labelRow: row, labelX, rank: row * 100 + k });
    });
    for (let labelRow = 0; labelRow < maxRows; labelRow++) {
      if (labelRow === row) continue;
      const x = labelRow < row ? s.xu : s.xl;
      onOrBeside(x, w).forEach((labelX, k) => {
        out.push({ row, labelRow, labelX, rank: Math.max(row, labelRow) * 100 + 50 + k });
      });
    }
  }
  // Cheapest first, so a search can stop at the first option that clashes with nothing.
  return out.sort((a, b) => a.rank - b.rank);
}

/** One plan: greedy in the given order, then rounds of moving each segment to its cheapest place. */
function planInOrder(
  segments: readonly GapSegment[],
  opts: Option[][],
  order: number[],
): { placed: Placed[]; total: number } {
  const placed: (Placed | undefined)[] = segments.map(() => undefined);
  const chosen: (Option | undefined)[] = segments.map(() => undefined);
  const cost = (i: number, option: Option) => {
    const trial: Placed = {
      ...segments[i]!,
      row: option.row,
      labelRow: option.labelRow,
      labelX: option.labelX,
    };
    let clashes = 0;
    let crossed = 0;
    placed.forEach((p, j) => {
      if (p !== undefined && j !== i) {
        clashes += conflicts(trial, p);
        crossed += crossings(trial, p);
      }
    });
    return clashes * CONFLICT + crossed * CROSSING + option.rank;
  };
  const placeBest = (i: number): boolean => {
    let best = opts[i]![0]!;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const option of opts[i]!) {
      const c = cost(i, option);
      if (c < bestCost) {
        bestCost = c;
        best = option;
      }
      // Nothing later can beat an option that costs only its own rank.
      if (c === option.rank) break;
    }
    const current = chosen[i];
    if (current !== undefined && bestCost >= cost(i, current)) return false;
    chosen[i] = best;
    placed[i] = { ...segments[i]!, row: best.row, labelRow: best.labelRow, labelX: best.labelX };
    return true;
  };
  for (const i of order) placeBest(i);
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const i of order) changed = placeBest(i) || changed;
    if (!changed) break;
  }
  const total = order.reduce((sum, i) => sum + cost(i, chosen[i]!), 0);
  return { placed: placed as Placed[], total };
}

const rowsUsed = (placed: Placed[]) =>
  placed.reduce(
    (m, p) =>
      straight(p) && p.labelWidth === 0 ? m : Math.max(m, p.row + 1, p.labelWidth > 0 ? p.labelRow + 1 : 0),
    0,
  );

/**
 * Plans one gap. A few fixed orders are tried (labelled segments first, left to right or right to left;
 * then all segments either way) and the plan with the fewest conflicts, then fewest rows, then the lowest
 * cost wins. Fixed orders keep the result deterministic.
 */
export function planGapRows(
  segments: readonly GapSegment[],
  maxRows = 6,
): { placements: GapPlacement[]; rows: number } {
  const opts = segments.map((s) => options(s, maxRows));
  const indices = segments.map((_, i) => i);
  const left = (i: number) => Math.min(segments[i]!.xu, segments[i]!.xl);
  const labelled = (i: number) => Number(segments[i]!.labelWidth > 0);
  const orders = [
    [...indices].sort((a, b) => labelled(b) - labelled(a) || left(a) - left(b) || a - b),
    [...indices].sort((a, b) => labelled(b) - labelled(a) || left(b) - left(a) || a - b),
    [...indices].sort((a, b) => left(a) - left(b) || a - b),
    [...indices].sort((a, b) => left(b) - left(a) || a - b),
  ];
  let best: { placed: Placed[]; total: number; rows: number } | undefined;
  for (const order of orders) {
    if (best !== undefined && best.total < CONFLICT && best.rows <= 1) break;
    const plan = planInOrder(segments, opts, order);
    const rows = rowsUsed(plan.placed);
    const clashes = Math.floor(plan.total / CONFLICT);
    const bestClashes = best === undefined ? Number.POSITIVE_INFINITY : Math.floor(best.total / CONFLICT);
    if (
      best === undefined ||
      clashes < bestClashes ||
      (clashes === bestClashes && (rows < best.rows || (rows === best.rows && plan.total < best.total)))
    ) {
      best = { ...plan, rows };
    }
  }
  return {
    placements: (best?.placed ?? []).map((p) => ({ row: p.row, labelRow: p.labelRow, labelX: p.labelX })),
    rows: best?.rows ?? 0,
  };
}
