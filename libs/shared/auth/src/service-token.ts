import { SignJWT, jwtVerify } from 'jose';

/**
 * Proof that one service calls another's internal HTTP API (decision 0018): a 60-second HS256 JWT
 * naming the caller, for one audience, signed with the secret services already share. Its issuer
 * differs from the gateway's forwarded identity, so neither can pass for the other.
 */
export const SERVICE_TOKEN_HEADER = 'authorization';
const ISSUER = 'passerelle-service';
const TTL_SECONDS = 60;
const CLOCK_SKEW_SECONDS = 5;

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export async function signServiceToken(caller: string, audience: string, secret: string): Promise<string> {
  return new SignJWT({ caller })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(keyOf(secret));
}

/** The calling service's name, when the token is one for `audience`; throws otherwise. */
export async function verifyServiceToken(
  token: string,
  audience: string,
  secret: string,
  { now }: { now?: Date } = {},
): Promise<string> {
  const { payload } = await jwtVerify(token, keyOf(secret), {
    issuer: ISSUER,
    audience,
    algorithms: ['HS256'],
    requiredClaims: ['exp', 'iat', 'caller'],
    maxTokenAge: TTL_SECONDS,
    clockTolerance: CLOCK_SKEW_SECONDS,
    currentDate: now,
  });
  if (typeof payload['caller'] !== 'string') throw new Error('the service token names no caller');
  return payload['caller'];
}

/** What the access guard needs to check service tokens: this service's name and the shared secret. */
export interface InternalCallSettings {
  service: string;
  secret: string;
}
export const INTERNAL_CALL_SETTINGS = Symbol('INTERNAL_CALL_SETTINGS');

/** Another service answered an internal call with an error status (other than 404); `status` says which. */
export class InternalCallError extends Error {
  override name = 'InternalCallError';

  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Calls another service's internal API with a fresh service token; the answer's JSON, or null on
 * 404 (the other service does not know the id). Any other status is an error naming the call; no
 * answer within `timeoutMs` (10 s unless said) rejects with the fetch's `TimeoutError`.
 */
export async function callInternal<T>(
  settings: InternalCallSettings,
  target: { service: string; baseUrl: string },
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; timeoutMs?: number } = {},
): Promise<T | null> {
  const token = await signServiceToken(settings.service, target.service, settings.secret);
  const response = await fetch(new URL(path, target.baseUrl), {
    method: init.method ?? 'GET',
    headers: {
      [SERVICE_TOKEN_HEADER]: `Bearer ${token}`,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(init.timeoutMs ?? 10_000),
  });
  if (response.status === 404) return null;
  if (!response.ok) {
    throw new InternalCallError(
      `${target.service} answered ${response.status} to ${init.method ?? 'GET'} ${path}`,
      response.status,
    );
  }
  return (await response.json()) as T;
}
