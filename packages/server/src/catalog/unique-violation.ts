/** A unique-constraint failure on the named constraint or index, as either backend reports it. */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  const err = e as { code?: string; constraint?: string; message?: string } | null;
  return err?.code === '23505' && (err.constraint === constraint || String(err.message).includes(constraint));
}
