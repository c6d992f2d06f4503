// Why the last session ended, kept until the next successful login so the login page can explain it. A
// toast alone is easy to miss when the redirect happens while the user is away from the screen.

export type SessionNotice = 'expired' | 'ended';

let pending: SessionNotice | null = null;

export function leaveSessionNotice(notice: SessionNotice): void {
  pending = notice;
}

export function currentSessionNotice(): SessionNotice | null {
  return pending;
}

export function clearSessionNotice(): void {
  pending = null;
}
