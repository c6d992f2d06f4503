import { ApiError, errorFromResponse, networkError } from '../api/api-error';
import { API_BASE, api } from '../api/client';
import type { Evidence } from './evidence-api';

// The console side of the resumable upload protocol (modelled on tus): POST opens an upload with the
// metadata, PATCH sends bytes at Upload-Offset, GET tells where to resume. A dropped connection is retried
// from the offset the server kept; an upload interrupted by closing the page resumes when the same file is
// chosen again (the upload id is remembered per file in localStorage).

export const CHUNK_SIZE = 8 * 1024 * 1024;
const STORE_KEY = 'sanxiang.evidence.uploads';

export interface UploadMeta {
  kind: string;
  capturedAt: string;
  place: string;
  gps?: { lat: number; lng: number };
  deviceId?: string;
  caseId?: string;
  stage?: string;
  title?: string;
  note?: string;
}

interface UploadState {
  id: string;
  status: 'open' | 'completed' | 'aborted';
  size: number;
  offset: number;
  evidenceId: string | null;
}

export interface UploadProgress {
  sent: number;
  total: number;
  /** True while waiting to retry after a dropped connection. */
  retrying: boolean;
  resumedFrom: number;
}

const fileKey = (file: File, meta: UploadMeta) =>
  [file.name, file.size, file.lastModified, meta.caseId ?? '', meta.stage ?? ''].join('|');

function remembered(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}');
  } catch {
    return {};
  }
}

function remember(key: string, id: string | null): void {
  const all = remembered();
  if (id) all[key] = id;
  else delete all[key];
  localStorage.setItem(STORE_KEY, JSON.stringify(all));
}

/** The double-submit CSRF token: the server sets it as a readable cookie (sx_csrf) at sign-in. */
function csrf(): string {
  const m = /(?:^|;\s*)sx_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : '';
}

async function patch(id: string, offset: number, body: Blob, token: string, signal?: AbortSignal) {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/evidence/uploads/${id}`, {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(offset),
        'x-csrf-token': token,
      },
      body,
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as { upload: UploadState; evidence: Evidence | null };
}

/**
 * Uploads a file, resuming where the server stands. `token` is the CSRF token (the session's);
 * `onProgress` is told after each chunk. Resolves with the stored evidence.
 */
export async function uploadResumable(
  file: File,
  meta: UploadMeta,
  options: {
    token?: string;
    onProgress?: (p: UploadProgress) => void;
    signal?: AbortSignal;
    maxRetries?: number;
  },
): Promise<Evidence> {
  const key = fileKey(file, meta);
  let state: UploadState | null = null;
  const known = remembered()[key];
  if (known) {
    try {
      const found = await api.get<{ upload: UploadState }>(`/evidence/uploads/${known}`);
      if (found.upload.status === 'open' && found.upload.size === file.size) state = found.upload;
    } catch {
      state = null;
    }
  }
  if (!state) {
    const opened = await api.post<{ upload: UploadState }>('/evidence/uploads', {
      ...meta,
      fileName: file.name,
      size: file.size,
    });
    state = opened.upload;
    remember(key, state.id);
  }
  const resumedFrom = state.offset;
  let offset = state.offset;
  let failures = 0;
  const maxRetries = options.maxRetries ?? 8;
  const report = (retrying: boolean) =>
    options.onProgress?.({ sent: offset, total: file.size, retrying, resumedFrom });
  report(false);
  for (;;) {
    try {
      const end = Math.min(offset + CHUNK_SIZE, file.size);
      const out = await patch(
        state.id,
        offset,
        file.slice(offset, end),
        options.token ?? csrf(),
        options.signal,
      );
      offset = out.upload.offset;
      failures = 0;
      report(false);
      if (out.upload.status === 'completed' && out.evidence) {
        remember(key, null);
        return out.evidence;
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      if (error instanceof ApiError && error.code === 'UPLOAD_OFFSET_MISMATCH') {
        offset = Number((error.details as { offset?: number } | undefined)?.offset ?? offset);
        continue;
      }
      // Refusals (limits, duplicates, permissions) end the upload; dropped connections and 5xx retry.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        remember(key, null);
        throw error;
      }
      failures++;
      if (failures > maxRetries) throw error;
      report(true);
      await new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** (failures - 1), 15_000)));
      // Ask the server where it stands: whatever arrived before the drop is kept.
      const now = await api.get<{ upload: UploadState }>(`/evidence/uploads/${state.id}`).catch(() => null);
      if (now) offset = now.upload.offset;
    }
  }
}
