import { randomUUID } from 'node:crypto';
import { validateCitizenId, validateCreditCode } from '@sanxiang/core';
import type { Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { PartyInput } from './schemas.js';
import type { PartyRow } from './types.js';

// 当事人 (issue item 4): a natural person with a checked 公民身份号码, or an organisation with a checked
// 统一社会信用代码 and its legal representative. A minor is flagged from the birth date in the ID number
// (age at the time of the conduct, 行政处罚法 art. 30) or when the officer says so.

function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The columns of a party row from API input, or a 422 naming the field and what is wrong with it. */
export function partyColumns(input: PartyInput, field: string, occurredOn: string, today: string) {
  if (input.kind === 'person') {
    let idNumber: string | null = null;
    let birthDate: string | null = null;
    if (input.idNumber) {
      const r = validateCitizenId(input.idNumber, today);
      if (!r.ok)
        throw new AppError(
          'ID_NUMBER_INVALID',
          [{ field: `${field}.idNumber`, message: r.message, messageEn: r.messageEn, reason: r.reason }],
          {
            message: `公民身份号码无效：${r.message}`,
            messageEn: `The citizen ID number is not valid: ${r.messageEn}`,
          },
        );
      idNumber = r.value;
      birthDate = r.birthDate;
    }
    const minor = (birthDate !== null && ageOn(birthDate, occurredOn) < 18) || input.minor === true;
    return {
      kind: 'person' as const,
      name: input.name,
      id_number: idNumber,
      birth_date: birthDate,
      minor,
      credit_code: null,
      credit_code_override: null,
      legal_representative: null,
      address: input.address ?? '',
      phone: input.phone ?? '',
    };
  }
  let creditCode: string | null = null;
  let override: string | null = null;
  if (input.creditCode) {
    const r = validateCreditCode(input.creditCode, input.creditCodeOverride);
    if (!r.ok)
      throw new AppError(
        'CREDIT_CODE_INVALID',
        [{ field: `${field}.creditCode`, message: r.message, messageEn: r.messageEn, reason: r.reason }],
        {
          message: `统一社会信用代码无效：${r.message}`,
          messageEn: `The unified social credit code is not valid: ${r.messageEn}`,
        },
      );
    creditCode = r.value;
    override = r.overridden ? JSON.stringify(r.overridden) : null;
  }
  return {
    kind: 'organisation' as const,
    name: input.name,
    id_number: null,
    birth_date: null,
    minor: false,
    credit_code: creditCode,
    credit_code_override: override,
    legal_representative: input.legalRepresentative ?? null,
    address: input.address ?? '',
    phone: input.phone ?? '',
  };
}

export async function insertParty(
  trx: Tx,
  caseId: string,
  input: PartyInput,
  field: string,
  occurredOn: string,
  today: string,
  sort: number,
): Promise<PartyRow> {
  return trx
    .insertInto('case_parties')
    .values({ id: randomUUID(), case_id: caseId, sort, ...partyColumns(input, field, occurredOn, today) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function presentParty(p: PartyRow) {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    idNumber: p.id_number,
    birthDate: p.birth_date,
    minor: p.minor,
    creditCode: p.credit_code,
    creditCodeOverride:
      (p.credit_code_override as { reason: string; approvedBy: string; expected: string } | null) ?? null,
    legalRepresentative: p.legal_representative,
    address: p.address,
    phone: p.phone,
  };
}
