import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createInflateRaw } from 'node:zlib';
import type { ByteRange } from '../storage/blob-store.js';

/**
 * How many rows the first worksheet of an .xlsx holds, found cheaply before the real read so that an
 * import can show "processed of total" from its first update. exceljs' streaming reader cannot say (and
 * exceljs' own writer leaves out the <dimension> element Excel writes), so this reads the zip's central
 * directory through byte ranges of the stored file, inflates just that one entry and counts its <row>
 * elements. It is an estimate (a styled blank row counts too); the import corrects the total at the end.
 * Returns null for anything it cannot read; the real read then reports what is wrong.
 */
export async function countFirstSheetRows(
  open: (range: ByteRange) => Promise<Readable>,
  size: number,
): Promise<number | null> {
  try {
    const read = async (start: number, length: number) =>
      buffer(await open({ start, end: start + length - 1 }));
    const tailStart = Math.max(0, size - 65_557);
    const tail = await read(tailStart, size - tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) return null;
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset + dirSize > size) return null;
    const dir = await read(dirOffset, dirSize);
    for (let p = 0; p + 46 <= dir.length && dir.readUInt32LE(p) === 0x02014b50; ) {
      const method = dir.readUInt16LE(p + 10);
      const compressed = dir.readUInt32LE(p + 20);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const local = dir.readUInt32LE(p + 42);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      p += 46 + nameLength + extraLength + commentLength;
      if (name.replace(/^\//, '') !== 'xl/worksheets/sheet1.xml') continue;
      const header = await read(local, 30);
      if (header.readUInt32LE(0) !== 0x04034b50) return null;
      const dataStart = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      if (compressed === 0) return 0;
      const raw = await open({ start: dataStart, end: dataStart + compressed - 1 });
      if (method === 0) return await countRows(raw);
      if (method !== 8) return null;
      return await countRows(raw.pipe(createInflateRaw()));
    }
    return null;
  } catch {
    return null;
  }
}

/** Past this much XML the estimate gives up (the real read has its own row limit). */
const MAX_SCANNED_BYTES = 512 * 1024 * 1024;

async function countRows(xml: AsyncIterable<Buffer>): Promise<number | null> {
  let count = 0;
  let carry = '';
  let scanned = 0;
  for await (const chunk of xml) {
    scanned += chunk.length;
    if (scanned > MAX_SCANNED_BYTES) return null;
    const text = carry + chunk.toString('latin1');
    // '<row ' or '<row>', not '<rowBreaks'.
    for (let i = text.indexOf('<row'); i >= 0; i = text.indexOf('<row', i + 4)) {
      const next = text[i + 4];
      if (next === ' ' || next === '>') count++;
    }
    carry = text.slice(-4);
    // A match split across chunks is at most '<row' cut before its fifth character; never counted twice
    // because the carried four characters cannot hold a full '<row ' on their own.
  }
  return count;
}
