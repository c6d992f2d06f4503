// Steps 1 and 2 of the chart layout: a depth-first search from the start marks the back edges (the loops,
// such as 退回补正), and each node's layer is its longest path from the start over the other edges.

export interface Ranking {
  layer: number[];
  back: boolean[];
  /** Order in which a main-flow-first search first reached each node: the reading order within a layer. */
  discovery: number[];
}

export interface RankEdge {
  from: number;
  to: number;
  /** A conditional edge (a branch) of the process. */
  branch?: boolean;
}

export function isUsableEdge(nodeCount: number, e: { from: number; to: number }): boolean {
  return e.from >= 0 && e.from < nodeCount && e.to >= 0 && e.to < nodeCount && e.from !== e.to;
}

function outgoingLists(nodeCount: number, edges: readonly RankEdge[]): number[][] {
  const outgoing: number[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach((e, i) => {
    if (isUsableEdge(nodeCount, e)) outgoing[e.from]!.push(i);
  });
  return outgoing;
}

/** The start first; nodes it cannot reach (an invalid definition) still get a place, in index order. */
function roots(nodeCount: number, start: number): number[] {
  return [start, ...Array.from({ length: nodeCount }, (_, i) => i)].filter((r) => r >= 0 && r < nodeCount);
}

/**
 * Depth-first search from the start. With `branchesFirst`, a stage's conditional edges are followed before
 * its main edges: a side stage is then first met where the process branches off to it, and the edge that
 * closes a loop is the one that really goes back (听证后法制审核 → 集体讨论, not 集体讨论 → 事先告知).
 * Without it, the search follows the main flow first, which gives the reading order.
 */
function search(
  nodeCount: number,
  edges: readonly RankEdge[],
  start: number,
  branchesFirst: boolean,
): { back: boolean[]; discovery: number[]; postorder: number[] } {
  const outgoing = outgoingLists(nodeCount, edges);
  if (branchesFirst) {
    for (const list of outgoing)
      list.sort((a, b) => Number(!edges[a]!.branch) - Number(!edges[b]!.branch) || a - b);
  }
  const state = new Array<number>(nodeCount).fill(0); // 0 new, 1 on the stack, 2 done
  const back = edges.map(() => false);
  const discovery = new Array<number>(nodeCount).fill(-1);
  const postorder: number[] = [];
  let counter = 0;
  for (const root of roots(nodeCount, start)) {
    if (state[root] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    discovery[root] = counter++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = outgoing[top.node]!;
      if (top.next < list.length) {
        const ei = list[top.next++]!;
        const to = edges[ei]!.to;
        if (state[to] === 1) back[ei] = true;
        else if (state[to] === 0) {
          state[to] = 1;
          discovery[to] = counter++;
          stack.push({ node: to, next: 0 });
        }
      } else {
        state[top.node] = 2;
        postorder.push(top.node);
        stack.pop();
      }
    }
  }
  return { back, discovery, postorder };
}

export function rankGraph(nodeCount: number, edges: readonly RankEdge[], start: number): Ranking {
  const { back, postorder } = search(nodeCount, edges, start, true);
  const { discovery } = search(nodeCount, edges, start, false);
  // Reverse postorder is a topological order of the graph without its back edges.
  const outgoing = outgoingLists(nodeCount, edges);
  const layer = new Array<number>(nodeCount).fill(0);
  for (let k = postorder.length - 1; k >= 0; k--) {
    const u = postorder[k]!;
    for (const ei of outgoing[u]!) {
      if (back[ei]) continue;
      const v = edges[ei]!.to;
      layer[v] = Math.max(layer[v]!, layer[u]! + 1);
    }
  }
  return { layer, back, discovery };
}
