import { SignJWT, jwtVerify } from 'jose';
import { claimsFromIdentity, identityFromClaims, type Identity } from './identity';

/** Header the gateway sets on every subgraph request; a client cannot forge it without the secret. */
export const FORWARDED_IDENTITY_HEADER = 'x-passerelle-identity';
const ISSUER = 'passerelle-gateway';
const AUDIENCE = 'passerelle-subgraphs';

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** Signs the identity the gateway verified, for one minute, with the secret only it and subgraphs share. */
export async function signForwardedIdentity(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({ ...claimsFromIdentity(identity) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(keyOf(secret));
}

export async function verifyForwardedIdentity(token: string, secret: string): Promise<Identity> {
  const { payload } = await jwtVerify(token, keyOf(secret), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
  });
  return identityFromClaims(payload);
}
