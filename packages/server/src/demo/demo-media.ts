import fs from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import encodeWebp, { init as initWebp } from '@jsquash/webp/encode.js';
import { simd } from 'wasm-feature-detect';
import { ArrayBufferTarget, Muxer } from 'webm-muxer';

// Tiny but valid media for the demo evidence, made in code so the seed ships no binaries: PNG photos
// (zlib + CRC, a scene of coloured bands) and WebM/VP8 clips (each frame a VP8 key frame taken from a
// lossy WebP encoded with libwebp's wasm build) that a browser plays. A few kilobytes each.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A scene: sky, a building band with windows, the street; `seed` shifts the colours so each photo differs. */
function scene(width: number, height: number, seed: number, frame = 0): Uint8ClampedArray {
  const px = new Uint8ClampedArray(width * height * 4);
  const hue = (seed * 47) % 255;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      let r: number;
      let g: number;
      let b: number;
      if (y < height * 0.35) [r, g, b] = [150 + (y % 40), 190, 235];
      else if (y < height * 0.75) {
        const window = (x + frame * 2) % 16 < 8 && y % 12 < 6;
        [r, g, b] = window ? [240, 230, 160] : [(hue + 90) % 255, 120 + (seed % 60), 110];
      } else [r, g, b] = [90 + ((x + frame * 4) % 30), 90, 95];
      // A moving "person" block in clips.
      if (
        frame > 0 &&
        Math.abs(x - ((frame * 9 + seed * 13) % width)) < 6 &&
        y > height * 0.55 &&
        y < height * 0.9
      )
        [r, g, b] = [200, 40, 40];
      px[i] = r;
      px[i + 1] = g;
      px[i + 2] = b;
      px[i + 3] = 255;
    }
  }
  return px;
}

export function demoPng(seed: number, width = 96, height = 64): Buffer {
  const rgba = scene(width, height, seed);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const s = (y * width + x) * 4;
      const d = y * (width * 3 + 1) + 1 + x * 3;
      raw[d] = rgba[s]!;
      raw[d + 1] = rgba[s + 1]!;
      raw[d + 2] = rgba[s + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let webpReady: Promise<unknown> | null = null;

async function vp8Frame(data: Uint8ClampedArray, width: number, height: number): Promise<Uint8Array> {
  webpReady ??= (async () => {
    const require = createRequire(import.meta.url);
    // init() picks the SIMD glue when the runtime has SIMD; hand it the matching module.
    const build = (await simd()) ? 'webp_enc_simd' : 'webp_enc';
    const wasm = require.resolve(`@jsquash/webp/codec/enc/${build}.wasm`);
    const compile = (globalThis as unknown as { WebAssembly: { compile(b: Uint8Array): Promise<unknown> } })
      .WebAssembly.compile;
    return initWebp((await compile(fs.readFileSync(wasm))) as Parameters<typeof initWebp>[0]);
  })();
  await webpReady;
  const webp = new Uint8Array(
    await encodeWebp({ data, width, height, colorSpace: 'srgb' } as Parameters<typeof encodeWebp>[0], {
      quality: 40,
    }),
  );
  // RIFF <size> WEBP 'VP8 ' <size> <key frame>
  const tag = String.fromCharCode(...webp.subarray(12, 16));
  if (tag !== 'VP8 ') throw new Error(`expected a lossy WebP, got ${tag}`);
  const size = webp[16]! | (webp[17]! << 8) | (webp[18]! << 16) | (webp[19]! << 24);
  return webp.slice(20, 20 + size);
}

/** A short WebM (VP8) clip: `frames` frames at 5 frames a second. */
export async function demoWebm(seed: number, frames = 10, width = 128, height = 96): Promise<Buffer> {
  const target = new ArrayBufferTarget();
  const muxer = new Muxer({ target, video: { codec: 'V_VP8', width, height, frameRate: 5 } });
  for (let f = 0; f < frames; f++)
    muxer.addVideoChunkRaw(
      await vp8Frame(scene(width, height, seed, f + 1), width, height),
      'key',
      f * 200_000,
    );
  muxer.finalize();
  return Buffer.from(target.buffer);
}
