import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consistencyProof,
  fromHex,
  hashLeaf,
  inclusionProof,
  MerkleAccumulator,
  merkleDigest,
  rangeHash,
  toHex,
  verifyConsistency,
  verifyInclusion,
} from '../src/merkle/index.js';

// the log's tree is RFC 6962 / RFC 9162 hashing, checked against the published test vectors of the
// RFC 6962 reference implementations (SHA-256, eight leaves) and by properties for SM3.
const sha256 = merkleDigest('sha256');
const sm3 = merkleDigest('sm3');

const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(fromHex);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const leafHashes = LEAVES.map((d) => hashLeaf(sha256, d));

describe('RFC 6962 test vectors, SHA-256 (R-01)', () => {
  it('empty tree root is SHA-256 of nothing', () => {
    expect(toHex(rangeHash(sha256, [], 0, 0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('roots of the trees of 1 to 8 leaves, in memory and by the accumulator', () => {
    const acc = new MerkleAccumulator(sha256);
    for (let n = 1; n <= 8; n++) {
      expect(toHex(rangeHash(sha256, leafHashes, 0, n))).toBe(ROOTS[n - 1]);
      acc.push(leafHashes[n - 1]!);
      expect(toHex(acc.root())).toBe(ROOTS[n - 1]);
    }
  });

  it('inclusion proofs', () => {
    const cases: [number, number, string[]][] = [
      [0, 1, []],
      [
        0,
        8,
        [
          '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
          '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
          '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
        ],
      ],
      [
        5,
        8,
        [
          'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
          'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
          'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
        ],
      ],
      [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
      [
        1,
        5,
        [
          '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
          '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
          'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
        ],
      ],
    ];
    for (const [index, size, expected] of cases) {
      const proof = inclusionProof(sha256, leafHashes, index, size);
      expect(proof.map(toHex)).toEqual(expected);
      expect(verifyInclusion(sha256, index, size, leafHashes[index]!, proof, fromHex(ROOTS[size - 1]!))).toBe(
        true,
      );
    }
  });

  it('consistency proofs', () => {
    const cases: [number, number, string[]][] = [
      [1, 1, []],
      [
        1,
        8,
        [
          '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
          '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
          '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
        ],
      ],
      [
        6,
        8,
        [
          '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
          'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
          'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
        ],
      ],
      [
        2,
        5,
        [
          '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
          'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
        ],
      ],
    ];
    for (const [from, to, expected] of cases) {
      const proof = consistencyProof(sha256, leafHashes, from, to);
      expect(proof.map(toHex)).toEqual(expected);
      expect(
        verifyConsistency(sha256, from, to, fromHex(ROOTS[from - 1]!), fromHex(ROOTS[to - 1]!), proof),
      ).toBe(true);
    }
  });

  it('a wrong root, size or index is refused', () => {
    const proof = inclusionProof(sha256, leafHashes, 5, 8);
    const root = fromHex(ROOTS[7]!);
    expect(verifyInclusion(sha256, 5, 8, leafHashes[5]!, proof, fromHex(ROOTS[6]!))).toBe(false);
    expect(verifyInclusion(sha256, 4, 8, leafHashes[5]!, proof, root)).toBe(false);
    expect(verifyInclusion(sha256, 5, 6, leafHashes[5]!, proof, root)).toBe(false);
    expect(verifyInclusion(sha256, 8, 8, leafHashes[5]!, proof, root)).toBe(false);
    expect(
      verifyConsistency(sha256, 6, 8, fromHex(ROOTS[4]!), root, consistencyProof(sha256, leafHashes, 6, 8)),
    ).toBe(false);
  });
});

// Leaves as arbitrary byte strings; trees up to 300 leaves cover every shape of the top levels.
const treeArb = fc.array(fc.uint8Array({ maxLength: 12 }), { minLength: 1, maxLength: 300 });

function flipOne(proof: Uint8Array[], which: number, bit: number): Uint8Array[] {
  const out = proof.map((p) => p.slice());
  const target = out[which % out.length]!;
  target[bit % target.length]! ^= 1 << (bit % 8);
  return out;
}

describe.each([
  ['SM3', sm3],
  ['SHA-256', sha256],
])('properties, %s (R-01)', (_name, h) => {
  it('the accumulator agrees with the recursive definition and reports every complete subtree', () => {
    fc.assert(
      fc.property(treeArb, (leaves) => {
        const hashes = leaves.map((d) => hashLeaf(h, d));
        const acc = new MerkleAccumulator(h);
        for (const lh of hashes)
          acc.push(lh, (level, index, hash) => {
            expect(toHex(hash)).toBe(
              toHex(rangeHash(h, hashes, index * 2 ** level, (index + 1) * 2 ** level)),
            );
          });
        expect(toHex(acc.root())).toBe(toHex(rangeHash(h, hashes, 0, hashes.length)));
      }),
      { numRuns: 60 },
    );
  });

  it('every inclusion proof verifies; a tampered one does not', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (leaves, a, b, which, bit) => {
        const hashes = leaves.map((d) => hashLeaf(h, d));
        const size = 1 + (a % hashes.length);
        const index = b % size;
        const root = rangeHash(h, hashes, 0, size);
        const proof = inclusionProof(h, hashes, index, size);
        expect(verifyInclusion(h, index, size, hashes[index]!, proof, root)).toBe(true);
        if (proof.length > 0)
          expect(verifyInclusion(h, index, size, hashes[index]!, flipOne(proof, which, bit), root)).toBe(
            false,
          );
        // Another leaf's hash is not proven by this path.
        const other = hashLeaf(h, Uint8Array.of(...(leaves[index] ?? []), 7));
        expect(verifyInclusion(h, index, size, other, proof, root)).toBe(false);
        // Dropping or adding a node breaks it.
        if (proof.length > 0)
          expect(verifyInclusion(h, index, size, hashes[index]!, proof.slice(1), root)).toBe(false);
        expect(verifyInclusion(h, index, size, hashes[index]!, [...proof, root], root)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('every consistency proof verifies; a tampered one, or a changed old tree, does not', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (leaves, a, b, which, bit) => {
        const hashes = leaves.map((d) => hashLeaf(h, d));
        const to = 1 + (a % hashes.length);
        const from = 1 + (b % to);
        const proof = consistencyProof(h, hashes, from, to);
        const oldRoot = rangeHash(h, hashes, 0, from);
        const newRoot = rangeHash(h, hashes, 0, to);
        expect(verifyConsistency(h, from, to, oldRoot, newRoot, proof)).toBe(true);
        if (proof.length > 0)
          expect(verifyConsistency(h, from, to, oldRoot, newRoot, flipOne(proof, which, bit))).toBe(false);
        if (from < to) {
          // The history rewritten: one old leaf changed, then the tree grown again.
          const rewritten = hashes.slice(0, to);
          rewritten[which % from] = hashLeaf(h, Uint8Array.of(1, 2, 3, ...(leaves[which % from] ?? [])));
          const forgedRoot = rangeHash(h, rewritten, 0, to);
          expect(
            verifyConsistency(h, from, to, oldRoot, forgedRoot, consistencyProof(h, rewritten, from, to)),
          ).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
