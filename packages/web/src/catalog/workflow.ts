import type { Permission } from '@sanxiang/core';
import type { MessageKey } from '../i18n/dictionary';
import type { CatalogVersion } from './catalog-model';

// Which workflow steps a person may take on a version: draft → submitted → approved → filed, with the head
// able to return a submitted version to draft. The server decides in the end; this only keeps the console
// from offering a button that can only fail, and says why a step is not available.

export type VersionAction = 'editItems' | 'import' | 'submit' | 'approve' | 'return' | 'file';

export interface OfferedAction {
  action: VersionAction;
  /** Set when the step is shown but cannot be taken yet. */
  disabledReason?: MessageKey;
}

export function versionActions(
  version: Pick<CatalogVersion, 'status' | 'itemCount' | 'createdBy'>,
  can: (permission: Permission) => boolean,
  username: string,
): OfferedAction[] {
  const out: OfferedAction[] = [];
  switch (version.status) {
    case 'draft':
      if (can('catalog.edit')) {
        out.push({ action: 'editItems' }, { action: 'import' });
        out.push(
          version.itemCount > 0
            ? { action: 'submit' }
            : { action: 'submit', disabledReason: 'catalog.submitEmpty' },
        );
      }
      break;
    case 'submitted':
      if (can('catalog.approve')) {
        // The person who drafted a version cannot approve it (separation of duties, CATALOG_SELF_APPROVAL).
        out.push(
          version.createdBy.username === username
            ? { action: 'approve', disabledReason: 'catalog.selfApproval' }
            : { action: 'approve' },
          { action: 'return' },
        );
      }
      break;
    case 'approved':
      if (can('catalog.file')) out.push({ action: 'file' });
      break;
    case 'filed':
      break;
  }
  return out;
}

/** A kind has at most one open (not yet filed) version; a new draft can start only when there is none. */
export function openVersion<V extends Pick<CatalogVersion, 'status'>>(versions: readonly V[]): V | undefined {
  return versions.find((v) => v.status !== 'filed');
}

/** The step of the four-step workflow a version is at, for a Steps display (0-based). */
export function workflowStep(status: CatalogVersion['status']): number {
  return { draft: 0, submitted: 1, approved: 2, filed: 3 }[status];
}

/** The default comparison: the open version (or the newest) against the one in force (or the one before). */
export function defaultPair(versions: readonly Pick<CatalogVersion, 'id' | 'versionNo' | 'isCurrent'>[]): {
  from?: string;
  to?: string;
} {
  const sorted = [...versions].sort((a, b) => b.versionNo - a.versionNo);
  const to = sorted[0];
  if (!to) return {};
  const current = sorted.find((v) => v.isCurrent);
  const from = current && current.id !== to.id ? current : sorted[1];
  return { from: from?.id, to: to.id };
}
