import { sql } from 'kysely';
import type { Tx } from '../context.js';
import { certificateStatusSql } from './certificate-status.js';

/**
 * People with their current certificate (the one valid longest) and legal qualification, as one query
 * that list, detail and dashboard share.
 */
export function peopleQuery(db: Tx, today: string) {
  return db
    .selectFrom('people as p')
    .innerJoin('units as un', 'un.id', 'p.unit_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('enforcement_certificates as ec')
          .selectAll('ec')
          .whereRef('ec.person_id', '=', 'p.id')
          .orderBy('ec.revoked_at', (o) => o.nullsFirst())
          .orderBy('ec.valid_to', 'desc')
          .limit(1)
          .as('c'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('legal_qualifications as lq')
          .selectAll('lq')
          .whereRef('lq.person_id', '=', 'p.id')
          .orderBy('lq.issued_on', 'desc')
          .limit(1)
          .as('q'),
      (join) => join.onTrue(),
    )
    .leftJoin('users as us', 'us.person_id', 'p.id')
    .select([
      'p.id',
      'p.name',
      'p.gender',
      'p.position',
      'p.phone',
      'p.employee_no',
      'p.unit_id',
      'un.name as unit_name',
      'c.number as cert_number',
      'c.issuer as cert_issuer',
      'c.scope as cert_scope',
      'c.valid_from as cert_valid_from',
      'c.valid_to as cert_valid_to',
      certificateStatusSql(today).as('cert_status'),
      'q.number as qual_number',
      'q.issued_on as qual_issued_on',
      sql<boolean>`us.id is not null`.as('has_account'),
    ]);
}

export type PeopleQuery = ReturnType<typeof peopleQuery>;

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function presentPerson(row: Awaited<ReturnType<PeopleQuery['executeTakeFirstOrThrow']>>) {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    unit: { id: row.unit_id, name: row.unit_name },
    position: row.position,
    employeeNo: row.employee_no,
    phoneMasked: maskPhone(row.phone),
    certificate:
      row.cert_number && row.cert_status !== 'none'
        ? {
            number: row.cert_number,
            issuer: row.cert_issuer ?? '',
            scope: row.cert_scope ?? '',
            validFrom: row.cert_valid_from ?? '',
            validTo: row.cert_valid_to ?? '',
            status: row.cert_status,
          }
        : null,
    legalQualification: row.qual_number
      ? { number: row.qual_number, issuedOn: row.qual_issued_on ?? '' }
      : null,
    hasAccount: Boolean(row.has_account),
  };
}
