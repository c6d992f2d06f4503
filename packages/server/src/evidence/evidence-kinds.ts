import type { EvidenceKind } from '../db/schema-evidence.js';

// What each kind of evidence may be, by file name ending, and the content type it is served with (decided
// from the checked ending, never from what the client claimed).
export const EVIDENCE_KINDS: Record<
  EvidenceKind,
  { name: string; nameEn: string; types: Record<string, string> }
> = {
  photo: {
    name: '照片',
    nameEn: 'Photo',
    types: {
      '.jpg': 'image/jpeg',
      '.jpeg': 'image/jpeg',
      '.png': 'image/png',
      '.webp': 'image/webp',
      '.heic': 'image/heic',
      '.gif': 'image/gif',
    },
  },
  audio: {
    name: '录音',
    nameEn: 'Audio',
    types: {
      '.mp3': 'audio/mpeg',
      '.m4a': 'audio/mp4',
      '.aac': 'audio/aac',
      '.wav': 'audio/wav',
      '.ogg': 'audio/ogg',
      '.amr': 'audio/amr',
    },
  },
  video: {
    name: '视频',
    nameEn: 'Video',
    types: {
      '.mp4': 'video/mp4',
      '.webm': 'video/webm',
      '.mov': 'video/quicktime',
      '.avi': 'video/x-msvideo',
      '.mkv': 'video/x-matroska',
      '.ts': 'video/mp2t',
    },
  },
  document: {
    name: '书证/文档',
    nameEn: 'Document',
    types: {
      '.pdf': 'application/pdf',
      '.ofd': 'application/ofd',
      '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      '.doc': 'application/msword',
      '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      '.txt': 'text/plain; charset=utf-8',
      '.jpg': 'image/jpeg',
      '.png': 'image/png',
    },
  },
};

export const EVIDENCE_KIND_CODES = Object.keys(EVIDENCE_KINDS) as EvidenceKind[];

/** The content type of a file of this kind, or null if the ending is not accepted for it. */
export function contentTypeFor(kind: EvidenceKind, fileName: string): string | null {
  const lower = fileName.toLowerCase();
  const dot = lower.lastIndexOf('.');
  if (dot < 0) return null;
  return EVIDENCE_KINDS[kind].types[lower.slice(dot)] ?? null;
}
