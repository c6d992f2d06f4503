import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with its recommended memory and time costs.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the account does not exist keeps the response time the same,
// so timing does not tell which usernames exist.
let decoy: Promise<string> | null = null;
export async function burnVerify(password: string): Promise<void> {
  decoy ??= hash('decoy-password-never-used');
  await verifyPassword(await decoy, password);
}
