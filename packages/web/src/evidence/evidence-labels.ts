import type { MessageKey } from '../i18n/dictionary';
import type { CustodyEvent, EvidenceKind } from './evidence-api';

export const KIND_LABEL: Record<EvidenceKind, MessageKey> = {
  photo: 'evidence.kind.photo',
  audio: 'evidence.kind.audio',
  video: 'evidence.kind.video',
  document: 'evidence.kind.document',
};

export const KIND_COLOR: Record<EvidenceKind, string> = {
  photo: 'green',
  audio: 'purple',
  video: 'blue',
  document: 'default',
};

export const CUSTODY_LABEL: Record<CustodyEvent['action'], MessageKey> = {
  ingested: 'evidence.custody.ingested',
  viewed: 'evidence.custody.viewed',
  played: 'evidence.custody.played',
  downloaded: 'evidence.custody.downloaded',
  exported: 'evidence.custody.exported',
  linked: 'evidence.custody.linked',
  unlinked: 'evidence.custody.unlinked',
};

export const CUSTODY_COLOR: Record<CustodyEvent['action'], string> = {
  ingested: 'green',
  viewed: 'gray',
  played: 'blue',
  downloaded: 'orange',
  exported: 'purple',
  linked: 'cyan',
  unlinked: 'red',
};
