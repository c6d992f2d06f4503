import { loadCaseRow } from '../cases/load-case.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { loadDocumentContext } from './load-document-context.js';
import { fillWording, placeholdersOf, wordingLibrary, wordingValues } from './wording.js';

/** China time as YYYY-MM-DDTHH:MM. */
function nowInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

/**
 * The standard wording, optionally of one context (inspection, inquiry, service…). With a case the
 * placeholders are filled from it (officers and certificate numbers, party, place, matter) and `now`; what
 * cannot be filled stays a blank and is listed in `missing`.
 */
export async function getWording(
  deps: AppDeps,
  ctx: RequestContext,
  query: { context?: string | undefined; caseId?: string | undefined; now?: string | undefined },
) {
  const library = wordingLibrary();
  let values: Record<string, string | undefined> = {};
  if (query.caseId) {
    await loadCaseRow(deps.db, query.caseId, ctx.actor);
    const context = await loadDocumentContext(deps.db, query.caseId, {}, todayInChina());
    values = wordingValues(context, query.now ?? nowInChina());
  }
  const phrases = library.phrases
    .filter((p) => !query.context || p.contexts.includes(query.context))
    .map((p) => {
      const filled = query.caseId
        ? fillWording(p.text, values)
        : { text: p.text, missing: placeholdersOf(p.text) };
      return {
        id: p.id,
        name: p.name,
        contexts: p.contexts,
        template: p.text,
        placeholders: placeholdersOf(p.text),
        text: filled.text,
        missing: filled.missing,
      };
    });
  return {
    title: library.title,
    version: library.version,
    note: library.note,
    contexts: library.contexts,
    phrases,
  };
}
