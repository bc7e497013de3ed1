import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const ACCOUNT = '0191d3c4-5b6a-4c8d-9e0f-123456789abc';

describe('unsubscribe tokens', () => {
  it('read back what they were signed for', () => {
    const token = signUnsubscribeToken(ACCOUNT, 'job_leads_digest', SECRET);
    expect(readUnsubscribeToken(token, SECRET)).toEqual({ accountId: ACCOUNT, kind: 'job_leads_digest' });
  });

  it.each([
    [
      'another secret',
      signUnsubscribeToken(ACCOUNT, 'job_leads_digest', 'another-secret-of-thirty-two-characters'),
    ],
    [
      'a changed kind',
      signUnsubscribeToken(ACCOUNT, 'job_leads_digest', SECRET).replace(
        /^[^.]+/,
        Buffer.from(`${ACCOUNT}:session_reminder`).toString('base64url'),
      ),
    ],
    ['no signature', Buffer.from(`${ACCOUNT}:job_leads_digest`).toString('base64url')],
    ['garbage', 'x.y'],
  ])('refuse %s', (_label, token) => {
    expect(readUnsubscribeToken(token, SECRET)).toBeNull();
  });
});
