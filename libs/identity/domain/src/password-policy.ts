import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Long enough to resist guessing when a password is the only factor, short enough to be typed on a
 * phone; no composition rules (they push people to `Motdepasse1!`), a check against known
 * passwords instead (NIST SP 800-63B).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a new password is refused; each has a message the sign-in pages show in French and English. */
export type PasswordRefusal = 'too_short' | 'too_long' | 'common' | 'contains_email';

/** About 49,000 passwords seen in breaches, French ones among them (`azerty`, `motdepasse`, `soleil`). */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common']);

/** Length in characters as a person counts them (an accented letter is one), after NFKC. */
const lengthOf = (password: string): number => [...password.normalize('NFKC')].length;

/**
 * Whether a new password may be set: null when it may. A known password stays refused when it only
 * differs by case or by digits and symbols added around it (`Soleil2024!`).
 */
export function passwordRefusal(password: string, context: { email: string }): PasswordRefusal | null {
  const length = lengthOf(password);
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.normalize('NFKC').toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (COMMON_PASSWORDS.has(lower) || (core.length >= 4 && COMMON_PASSWORDS.has(core))) return 'common';
  const mailbox = context.email.toLowerCase().split('@')[0] ?? '';
  if (mailbox.length >= 4 && lower.includes(mailbox)) return 'contains_email';
  return null;
}
