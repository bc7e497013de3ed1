import { mobileNumber } from './mobile-number';

describe('mobileNumber', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['07.98.76.54.32', '+33798765432'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033612345678', '+33612345678'],
    ['+44 7700 900123', '+447700900123'],
    ['+212 6 61 23 45 67', '+212661234567'],
  ])('%s is %s', (written, e164) => {
    expect(mobileNumber(written)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['04 72 00 00 00', 'not_a_mobile'],
    ['+33 1 23 45 67 89', 'not_a_mobile'],
    ['09 70 00 00 00', 'not_a_mobile'],
    ['06 12 34', 'not_a_number'],
    ['612345678', 'not_a_number'],
    ['+33 6 12 34 56 78 90', 'not_a_number'],
    ['+1234567', 'not_a_number'],
    ['appelez-moi', 'not_a_number'],
  ])('%s is refused as %s', (written, problem) => {
    expect(mobileNumber(written)).toEqual({ ok: false, problem });
  });
});
