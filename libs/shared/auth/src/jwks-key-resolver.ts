import { KeyObject, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, type JSONWebKeySet } from 'jose';

export interface JwksSource {
  /** An identity provider's JWKS endpoint (OIDC `jwks_uri`). */
  uri?: string;
  /** A JWKS document on disk: the local issuer's, for development and the demo. */
  file?: string;
}

/** Signing algorithms accepted from the identity provider; symmetric ones never. */
export const ACCEPTED_TOKEN_ALGORITHMS = ['RS256', 'ES256'] as const;

/**
 * Finds the public key that signed a token, by its `kid`, in a JWKS. Remote sets are cached and
 * refetched on an unknown kid, so the provider can rotate keys without a restart. The answer is a
 * Node KeyObject, which jsonwebtoken (under passport-jwt) uses as it is; from PEM it would parse
 * the key again for every request.
 */
export function jwksKeyResolver(source: JwksSource): (rawToken: string) => Promise<KeyObject> {
  const keySet = source.uri
    ? createRemoteJWKSet(new URL(source.uri))
    : createLocalJWKSet(readJwksFile(source.file));
  // jose keeps one key per key of the set (a new one after a refetch): converted once each.
  const converted = new WeakMap<object, KeyObject>();
  return async (rawToken: string) => {
    const header = decodeProtectedHeader(rawToken);
    const key = await keySet(header, { payload: '', signature: '' });
    let keyObject = converted.get(key);
    if (!keyObject) {
      // jose hands back a KeyObject on Node and a CryptoKey elsewhere.
      keyObject = key instanceof KeyObject ? key : KeyObject.from(key as webcrypto.CryptoKey);
      converted.set(key, keyObject);
    }
    return keyObject;
  };
}

function readJwksFile(path: string | undefined): JSONWebKeySet {
  if (!path) throw new Error('a JWKS source needs a uri or a file');
  return JSON.parse(readFileSync(path, 'utf8')) as JSONWebKeySet;
}
