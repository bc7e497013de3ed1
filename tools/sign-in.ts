// Signs in through identity in your browser, as the web console will: authorization code + PKCE,
// the code received on the console's redirect URI, the tokens printed with a call to try.
//   npm run sign-in                       (the demo's identity at http://127.0.0.1:4006/oidc)
//   npm run sign-in -- --issuer <url> --callback <http://127.0.0.1:5173/auth/callback>
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import * as oidc from 'openid-client';

const { values } = parseArgs({
  options: {
    issuer: { type: 'string', default: 'http://127.0.0.1:4006/oidc' },
    callback: { type: 'string', default: 'http://127.0.0.1:5173/auth/callback' },
    gateway: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    language: { type: 'string', default: 'fr' },
  },
});

async function main(): Promise<void> {
  const callback = new URL(values.callback);
  const config = await oidc.discovery(new URL(values.issuer), 'passerelle-console', undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const authorization = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callback.href,
    scope: 'openid offline_access profile email',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    ui_locales: values.language,
  });

  const received = new Promise<URL>((resolve, reject) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', callback.origin);
      if (url.pathname !== callback.pathname) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<!doctype html><meta charset="utf-8"><p>Connexion réussie : revenez au terminal. Signed in: back to the terminal.</p>',
      );
      server.close();
      resolve(url);
    });
    server.on('error', reject);
    server.listen(Number(callback.port), callback.hostname);
  });

  console.log(`Open this address in your browser and sign in:\n\n  ${authorization.href}\n`);
  const tokens = await oidc.authorizationCodeGrant(config, await received, {
    pkceCodeVerifier: verifier,
    expectedState: state,
  });
  const claims = JSON.parse(
    Buffer.from(tokens.access_token.split('.')[1] ?? '', 'base64url').toString(),
  ) as Record<string, unknown>;
  console.log(`Signed in. Access token (${tokens.expires_in ?? '?'} s), claims:`);
  console.log(JSON.stringify(claims, null, 2));
  console.log(`\nTry it:\n  curl -s ${values.gateway} -H 'content-type: application/json' \\`);
  console.log(`    -H 'authorization: Bearer ${tokens.access_token}' \\`);
  console.log(`    -d '{"query":"{ myAccount { displayName role } }"}'`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
