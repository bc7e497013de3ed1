import { hashPassword, needsRehash, verifyPassword } from './password-hashing';

describe('password hashing', () => {
  it('verifies the password it hashed, and no other', async () => {
    const stored = await hashPassword('trois chats sur le toit');
    expect(stored).toMatch(/^scrypt\$N=131072,r=8,p=1\$[\w-]{22}\$[\w-]{86}$/);
    expect(await verifyPassword('trois chats sur le toit', stored)).toBe(true);
    expect(await verifyPassword('trois chats sur le toît', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('même mot de passe')).not.toBe(await hashPassword('même mot de passe'));
  });

  it('refuses a malformed hash and asks to re-hash a weaker one', async () => {
    expect(await verifyPassword('x', 'plain:x')).toBe(false);
    expect(needsRehash('scrypt$N=16384,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5')).toBe(true);
  });
});
