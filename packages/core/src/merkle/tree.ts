// RFC 6962 §2.1 / RFC 9162 §2.1 Merkle tree hashing, pure: the hash function is passed in, so this file
// runs anywhere (the console too). Leaf hash = H(0x00 ‖ data), interior node = H(0x01 ‖ left ‖ right),
// the tree of n leaves splits at k, the largest power of two smaller than n.

/** A hash function over the concatenation of its arguments (SM3 or SHA-256, see hashers.ts). */
export type MerkleDigest = (...parts: Uint8Array[]) => Uint8Array;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

export function hashLeaf(h: MerkleDigest, data: Uint8Array): Uint8Array {
  return h(LEAF_PREFIX, data);
}

export function hashChildren(h: MerkleDigest, left: Uint8Array, right: Uint8Array): Uint8Array {
  return h(NODE_PREFIX, left, right);
}

/** MTH({}) = HASH(): the root of the empty tree. */
export function emptyRoot(h: MerkleDigest): Uint8Array {
  return h();
}

/** The largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** A range [start, end) of leaves whose Merkle tree hash a proof needs. */
export interface LeafRange {
  start: number;
  end: number;
}

/** A complete (perfect) subtree: 2^level leaves from index · 2^level. */
export interface CompleteSubtree {
  level: number;
  index: number;
}

function checkSize(name: string, v: number) {
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

/**
 * The ranges whose hashes form the audit path of leaf `index` in a tree of `size` leaves (RFC 6962
 * PATH(m, D[n])), from the leaf's sibling up to the root's other child.
 */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  checkSize('index', index);
  checkSize('size', size);
  if (index >= size) throw new RangeError('index must be smaller than the tree size');
  const out: LeafRange[] = [];
  let start = 0;
  let end = size;
  const stack: LeafRange[] = [];
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      stack.push({ start: start + k, end });
      end = start + k;
    } else {
      stack.push({ start, end: start + k });
      start += k;
    }
  }
  // Collected root-first; the path is read leaf-first.
  for (let i = stack.length - 1; i >= 0; i--) out.push(stack[i]!);
  return out;
}

/** The ranges of the consistency proof from a tree of `from` leaves to one of `to` (RFC 6962 PROOF(m, D[n])). */
export function consistencyRanges(from: number, to: number): LeafRange[] {
  checkSize('from', from);
  checkSize('to', to);
  if (from > to) throw new RangeError('from must not exceed to');
  if (from === 0 || from === to) return [];
  const stack: LeafRange[] = [];
  let start = 0;
  let end = to;
  let m = from;
  let whole = true;
  for (;;) {
    if (m === end - start) {
      if (!whole) stack.push({ start, end });
      break;
    }
    const k = splitPoint(end - start);
    if (m <= k) {
      stack.push({ start: start + k, end });
      end = start + k;
    } else {
      stack.push({ start, end: start + k });
      m -= k;
      start += k;
      whole = false;
    }
  }
  const out: LeafRange[] = [];
  for (let i = stack.length - 1; i >= 0; i--) out.push(stack[i]!);
  return out;
}

/**
 * The complete subtrees that make up a range as the tree shapes it (largest first). The range's hash is
 * then node(c1, node(c2, … node(c_{k-1}, c_k))). Ranges from the two functions above, and [0, n), always
 * start at a multiple of a power of two at least their length, so this decomposition is exact.
 */
export function completeSubtrees(range: LeafRange): CompleteSubtree[] {
  const out: CompleteSubtree[] = [];
  let s = range.start;
  while (s < range.end) {
    let level = 0;
    // Grow while aligned and inside the range.
    while (s % 2 ** (level + 1) === 0 && s + 2 ** (level + 1) <= range.end) level++;
    out.push({ level, index: s / 2 ** level });
    s += 2 ** level;
  }
  return out;
}

/** Folds complete subtree hashes (largest first) into the hash of their range. */
export function foldSubtrees(h: MerkleDigest, hashes: Uint8Array[]): Uint8Array {
  if (hashes.length === 0) return emptyRoot(h);
  let acc = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(h, hashes[i]!, acc);
  return acc;
}

/** MTH(D[start:end]) over leaf hashes in memory (tests, small trees). */
export function rangeHash(h: MerkleDigest, leafHashes: Uint8Array[], start: number, end: number): Uint8Array {
  if (end - start === 0) return emptyRoot(h);
  if (end - start === 1) return leafHashes[start]!;
  const k = splitPoint(end - start);
  return hashChildren(
    h,
    rangeHash(h, leafHashes, start, start + k),
    rangeHash(h, leafHashes, start + k, end),
  );
}

/**
 * The tree built one leaf at a time, keeping only the roots of its complete subtrees (one per set bit of
 * the size). O(1) amortised per leaf and O(log n) memory: how `sanxiang verify` recomputes a million-leaf
 * tree while streaming, and how the server knows which subtree hashes a new leaf completes.
 */
export class MerkleAccumulator {
  readonly #h: MerkleDigest;
  /** Complete subtree roots, largest (leftmost) first. */
  readonly #stack: { level: number; hash: Uint8Array }[] = [];
  #size = 0;

  constructor(h: MerkleDigest) {
    this.#h = h;
  }

  get size(): number {
    return this.#size;
  }

  /**
   * Adds a leaf hash; `onComplete` hears every subtree (level ≥ 1) the leaf completes, with its index.
   */
  push(leafHash: Uint8Array, onComplete?: (level: number, index: number, hash: Uint8Array) => void): void {
    let node = { level: 0, hash: leafHash };
    const leafIndex = this.#size;
    while (this.#stack.length > 0 && this.#stack[this.#stack.length - 1]!.level === node.level) {
      const left = this.#stack.pop()!;
      node = { level: node.level + 1, hash: hashChildren(this.#h, left.hash, node.hash) };
      onComplete?.(node.level, Math.floor(leafIndex / 2 ** node.level), node.hash);
    }
    this.#stack.push(node);
    this.#size++;
  }

  /** The root of the tree so far. */
  root(): Uint8Array {
    return foldSubtrees(
      this.#h,
      this.#stack.map((s) => s.hash),
    );
  }
}

function isPowerOfTwo(n: number): boolean {
  let x = n;
  while (x > 1 && x % 2 === 0) x /= 2;
  return x === 1;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** RFC 9162 §2.1.3.2: does `auditPath` prove leaf `index` with `leafHash` in the tree of `size` with `root`? */
export function verifyInclusion(
  h: MerkleDigest,
  index: number,
  size: number,
  leafHash: Uint8Array,
  auditPath: Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of auditPath) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = hashChildren(h, p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = hashChildren(h, r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(r, root);
}

/** RFC 9162 §2.1.4.2: does `proof` show that the tree of `from` leaves is a prefix of the tree of `to`? */
export function verifyConsistency(
  h: MerkleDigest,
  from: number,
  to: number,
  fromRoot: Uint8Array,
  toRoot: Uint8Array,
  proof: Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || from > to) return false;
  if (from === to) return proof.length === 0 && equalBytes(fromRoot, toRoot);
  // Every tree extends the empty one; RFC 9162 gives no proof for it.
  if (from === 0) return proof.length === 0 && equalBytes(fromRoot, emptyRoot(h));
  if (proof.length === 0) return false;
  let path = proof;
  // When the old tree is complete its root is the first node of the path.
  if (isPowerOfTwo(from)) path = [fromRoot, ...proof];
  let fn = from - 1;
  let sn = to - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(h, c, fr);
      sr = hashChildren(h, c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = hashChildren(h, sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(fr, fromRoot) && equalBytes(sr, toRoot);
}

/** Inclusion proof over leaf hashes in memory (tests, small trees). */
export function inclusionProof(h: MerkleDigest, leafHashes: Uint8Array[], index: number, size: number) {
  return inclusionRanges(index, size).map((r) => rangeHash(h, leafHashes, r.start, r.end));
}

/** Consistency proof over leaf hashes in memory (tests, small trees). */
export function consistencyProof(h: MerkleDigest, leafHashes: Uint8Array[], from: number, to: number) {
  return consistencyRanges(from, to).map((r) => rangeHash(h, leafHashes, r.start, r.end));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lowercase hex, as every hash leaves the API. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new RangeError('not lowercase hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
