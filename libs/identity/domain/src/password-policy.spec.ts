import { passwordRefusal } from './password-policy';

const email = 'nadia.benali@example.fr';

describe('passwordRefusal', () => {
  it.each<[string, string, ReturnType<typeof passwordRefusal>]>([
    ['eleven chars', 'abcdefghijk', 'too_short'],
    ['twelve chars, none known', 'pont-du-rhône', null],
    ['an accented letter counts once', 'éléphantôme!', null],
    ['129 chars', 'x'.repeat(129), 'too_long'],
    ['a known password', 'motdepasse123', 'common'],
    ['a known one in capitals', 'AZERTYUIOP2026', 'common'],
    ['a known word with digits and symbols around it', '2024!!soleil2024!!', 'common'],
    ['the mailbox name inside', 'moi-nadia.benali-2026', 'contains_email'],
    ['a passphrase', 'trois chats sur le toit', null],
  ])('%s', (_case, password, expected) => {
    expect(passwordRefusal(password, { email })).toBe(expected);
  });
});
