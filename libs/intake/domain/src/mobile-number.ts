/** Why a number cannot receive text messages, for the field's error. */
export type MobileProblem = 'not_a_number' | 'not_a_mobile';

export type MobileNumber = { ok: true; e164: string } | { ok: false; problem: MobileProblem };

/**
 * A number a text message can reach, in E.164 (`+33612345678`). French numbers must be mobiles
 * (06 and 07, written 06…, +33 6…, 0033 6…): a landline from the HR file is no consent to texts.
 * A number with another country code is taken as the person typed it, since they gave it for
 * this purpose; its length must still be E.164's (8 to 15 digits).
 */
export function mobileNumber(written: string): MobileNumber {
  const compact = written.replace(/[\s.()-]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  if (/^0[1-9]\d{8}$/.test(international)) return frenchMobile(international.slice(1));
  if (!/^\+\d{8,15}$/.test(international)) return { ok: false, problem: 'not_a_number' };
  if (international.startsWith('+33')) {
    const national = international.slice(3).replace(/^0/, '');
    return /^\d{9}$/.test(national) ? frenchMobile(national) : { ok: false, problem: 'not_a_number' };
  }
  return { ok: true, e164: international };
}

function frenchMobile(nineDigits: string): MobileNumber {
  return /^[67]/.test(nineDigits)
    ? { ok: true, e164: `+33${nineDigits}` }
    : { ok: false, problem: 'not_a_mobile' };
}
