import QRCode from 'qrcode';
import type { Actor, AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';

/** The portal address a certificate's QR code carries (P-07). */
export function certificateUrl(origin: string, token: string): string {
  return `${origin.replace(/\/$/, '')}/certificates/v/${token}`;
}

/**
 * The QR code of a certificate for printing on the card: the portal URL with the certificate's token, as
 * SVG. Staff see the certificates of the units in their scope; others answer 404.
 */
export async function getCertificateLink(deps: AppDeps, actor: Actor, number: string, origin: string) {
  const row = await deps.db
    .selectFrom('enforcement_certificates as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select(['c.number', 'c.public_token', 'p.unit_id', 'p.name'])
    .where('c.number', '=', number)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  await assertUnitVisible(deps.db, actor, row.unit_id);
  const url = certificateUrl(origin, row.public_token);
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { number: row.number, name: row.name, url, svg };
}
