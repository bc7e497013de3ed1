import { createHmac, timingSafeEqual } from 'node:crypto';
import { MESSAGE_KINDS, type MessageKind } from './message-kind';

/**
 * The token of an unsubscribe link: which account stops receiving which kind by email, signed
 * (HMAC-SHA256) so nobody can unsubscribe someone else; it carries an account id, no address.
 */
export function signUnsubscribeToken(accountId: string, kind: MessageKind, secret: string): string {
  const body = Buffer.from(`${accountId}:${kind}`).toString('base64url');
  return `${body}.${signature(body, secret)}`;
}

/** The account and kind of a genuine token; null for anything else. */
export function readUnsubscribeToken(
  token: string,
  secret: string,
): { accountId: string; kind: MessageKind } | null {
  const [body = '', given = ''] = token.split('.');
  const expected = signature(body, secret);
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected)))
    return null;
  const [accountId = '', kind = ''] = Buffer.from(body, 'base64url').toString('utf8').split(':');
  const known = MESSAGE_KINDS.find((candidate) => candidate === kind);
  return /^[0-9a-f-]{36}$/i.test(accountId) && known ? { accountId, kind: known } : null;
}

function signature(body: string, secret: string): string {
  return createHmac('sha256', secret).update(`passerelle-unsubscribe:${body}`).digest('base64url');
}
