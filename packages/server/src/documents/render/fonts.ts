import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

// The fonts the PDFs are set in. Official documents use 方正小标宋 for titles and 仿宋_GB2312 for the body
// (GB/T 9704); neither may be redistributed, so a free serif CJK face stands in: Noto Serif CJK SC
// (Debian: fonts-noto-cjk), with Noto Sans CJK for 黑体 headings when present. SANXIANG_FONT_DIR names
// the directory; a deployment that licenses the official faces can point it elsewhere later.

export const DEFAULT_FONT_DIR = '/usr/share/fonts/opentype/noto';

interface FaceFile {
  file: string;
  /** The face inside a .ttc collection. */
  postscriptName: string;
  required: boolean;
}

const FACES = {
  serif: { file: 'NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular', required: true },
  serifBold: { file: 'NotoSerifCJK-Bold.ttc', postscriptName: 'NotoSerifCJKsc-Bold', required: true },
  sansBold: { file: 'NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold', required: false },
} as const satisfies Record<string, FaceFile>;

export type FaceName = keyof typeof FACES;

export class FontMissingError extends Error {
  constructor(
    readonly dir: string,
    readonly file: string,
  ) {
    super(
      `公文字体缺失：在 ${dir} 中找不到 ${file}。请安装 fonts-noto-cjk，或将环境变量 SANXIANG_FONT_DIR 指向含有该字体文件的目录。 ` +
        `Document font missing: ${file} is not in ${dir}. Install fonts-noto-cjk or set SANXIANG_FONT_DIR to a directory that holds it.`,
    );
    this.name = 'FontMissingError';
  }
}

export function fontDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SANXIANG_FONT_DIR || DEFAULT_FONT_DIR);
}

/** A parsed face, as pdfkit accepts it in place of a file (anything with `layout`). */
export type LoadedFace = { layout: (...args: unknown[]) => unknown };

export type LoadedFonts = Record<FaceName, { face: LoadedFace | Buffer; postscriptName: string }>;

const cache = new Map<string, LoadedFonts>();

/**
 * The faces of a font directory, read and parsed once per process: parsing a 25 MB collection takes longer
 * than setting a whole document, so every document shares the parsed faces (pdfkit subsets each document's
 * glyphs separately). Throws FontMissingError naming the file and the setting when a required face is missing.
 */
export function loadFonts(dir = fontDir()): LoadedFonts {
  const cached = cache.get(dir);
  if (cached) return cached;
  const probe = new PDFDocument({ autoFirstPage: false });
  const loaded = {} as LoadedFonts;
  for (const [name, face] of Object.entries(FACES) as [FaceName, FaceFile][]) {
    const file = path.join(dir, face.file);
    if (!fs.existsSync(file)) {
      if (face.required) throw new FontMissingError(dir, face.file);
      loaded[name] = loaded.serifBold;
      continue;
    }
    const bytes = fs.readFileSync(file);
    probe.registerFont(name, bytes, face.postscriptName);
    probe.font(name);
    // pdfkit keeps the parsed face on its font object; reuse it where present, else the bytes.
    const parsed = (probe as unknown as { _font?: { font?: LoadedFace } })._font?.font;
    loaded[name] = {
      face: parsed && typeof parsed.layout === 'function' ? parsed : bytes,
      postscriptName: face.postscriptName,
    };
  }
  cache.set(dir, loaded);
  return loaded;
}

/** Registers the loaded faces on a document under their names ('serif', 'serifBold', 'sansBold'). */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: LoadedFonts): void {
  for (const [name, { face, postscriptName }] of Object.entries(fonts) as [
    FaceName,
    LoadedFonts[FaceName],
  ][]) {
    if (Buffer.isBuffer(face)) doc.registerFont(name, face, postscriptName);
    else doc.registerFont(name, face as unknown as Buffer);
  }
}
