// 等保 2.0 level 3: password complexity. Held as data so the console shows the same rules it enforces.
export const PASSWORD_POLICY = {
  minLength: 10,
  minClasses: 3,
  classes: ['大写字母', '小写字母', '数字', '符号'],
  historyDepth: 5,
  description: '至少10位，包含大写字母、小写字母、数字、符号中的至少三类，且不得包含用户名',
  descriptionEn:
    'At least 10 characters from at least three of: upper-case letters, lower-case letters, digits, symbols; must not contain the username',
} as const;

export interface PasswordIssue {
  rule: 'length' | 'classes' | 'username' | 'common';
  message: string;
  messageEn: string;
}

const COMMON = ['password', 'qwerty', '123456', 'admin', 'sanxiang', 'welcome', 'abc123'];

export function checkPassword(password: string, username: string): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  if (password.length < PASSWORD_POLICY.minLength) {
    issues.push({
      rule: 'length',
      message: `口令长度至少${PASSWORD_POLICY.minLength}位`,
      messageEn: `At least ${PASSWORD_POLICY.minLength} characters`,
    });
  }
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < PASSWORD_POLICY.minClasses) {
    issues.push({
      rule: 'classes',
      message: '须包含大写字母、小写字母、数字、符号中的至少三类',
      messageEn: 'Use at least three of: upper-case, lower-case, digits, symbols',
    });
  }
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) {
    issues.push({
      rule: 'username',
      message: '口令不得包含用户名',
      messageEn: 'Must not contain the username',
    });
  }
  if (COMMON.some((w) => lower.includes(w))) {
    issues.push({
      rule: 'common',
      message: '口令包含常见弱口令片段',
      messageEn: 'Contains a commonly used password',
    });
  }
  return issues;
}

/** A random initial password that satisfies the policy (shown once; must be changed at first sign-in). */
export function generateInitialPassword(random: (n: number) => number): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#%*+-='];
  const chars = sets.map((s) => s[random(s.length)]!);
  const all = sets.join('');
  while (chars.length < 12) chars.push(all[random(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
