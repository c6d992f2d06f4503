import { z } from 'zod';

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export function paginated<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}

export const idParams = z.object({ id: z.string().min(1).max(64) });

const booleanString = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listPeopleQuery = z.object({
  ...pageQuery,
  unitId: z.string().max(64).optional(),
  q: z.string().trim().max(50).optional(),
  certStatus: z.enum(['valid', 'expiring', 'expired', 'none']).optional(),
  qualified: booleanString.optional(),
});

export const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  unit: z.object({ id: z.string(), name: z.string() }),
  position: z.string(),
  employeeNo: z.string(),
  phoneMasked: z.string(),
  certificate: z
    .object({
      number: z.string(),
      issuer: z.string(),
      scope: z.string(),
      validFrom: z.string(),
      validTo: z.string(),
      status: z.enum(['valid', 'expiring', 'expired', 'revoked']),
    })
    .nullable(),
  legalQualification: z.object({ number: z.string(), issuedOn: z.string() }).nullable(),
  hasAccount: z.boolean(),
});

export const personDetail = personSummary.extend({ phone: z.string() });

export const unitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(['bureau', 'leadership', 'section', 'centre', 'brigade', 'squad', 'township', 'external']),
  address: z.string(),
  phone: z.string(),
  duties: z.string(),
  officerCount: z.number(),
});
