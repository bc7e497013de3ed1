import 'reflect-metadata';
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { SignJWT } from 'jose';
import { ServiceCallers, Roles, type RequestWithIdentity } from './access.decorators';
import { AccessGuard } from './access.guard';
import { signServiceToken, verifyServiceToken } from './service-token';

const secret = 's'.repeat(32);
const settings = { service: 'intake', secret };

class InternalController {
  @ServiceCallers('identity')
  contact(): string {
    return 'contact';
  }

  @Roles('ops')
  forOps(): string {
    return 'for ops';
  }
}

/** An HTTP request to `route` with these headers, as Nest hands it to the guard. */
function httpCall(route: keyof InternalController, headers: Record<string, string> = {}) {
  const request = {
    header: (name: string) => headers[name.toLowerCase()],
  } as unknown as RequestWithIdentity;
  const context = new ExecutionContextHost(
    [request, {}],
    InternalController,
    InternalController.prototype[route],
  );
  context.setType('http');
  return { request, context };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const guard = () => new AccessGuard(new Reflector(), settings);

/** A token signed with the real secret, with the times (in seconds) a test chose. */
function serviceTokenWith(times: { iat: number; exp: number }, audience = 'intake'): Promise<string> {
  return new SignJWT({ caller: 'identity', ...times })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('passerelle-service')
    .setAudience(audience)
    .sign(new TextEncoder().encode(secret));
}

describe('AccessGuard on an internal route (@ServiceCallers)', () => {
  it('lets a named service in with its token, and records which service called', async () => {
    const { request, context } = httpCall(
      'contact',
      bearer(await signServiceToken('identity', 'intake', secret)),
    );
    await expect(guard().canActivate(context)).resolves.toBe(true);
    expect(request.serviceCaller).toBe('identity');
  });

  it.each([
    ['no authorization header', {}],
    ['a header that is not a bearer token', { authorization: 'Basic aWRlbnRpdHk6eA==' }],
  ])('refuses a call with %s (401)', async (_case, headers) => {
    await expect(guard().canActivate(httpCall('contact', headers).context)).rejects.toThrow(
      UnauthorizedException,
    );
  });

  it('refuses a service the route does not name (403)', async () => {
    const { request, context } = httpCall(
      'contact',
      bearer(await signServiceToken('matching', 'intake', secret)),
    );
    await expect(guard().canActivate(context)).rejects.toThrow(
      new ForbiddenException('this route is not open to matching'),
    );
    expect(request.serviceCaller).toBeUndefined();
  });

  it.each([
    ['for another service (audience)', () => signServiceToken('identity', 'scheduling', secret)],
    ['signed with another secret', () => signServiceToken('identity', 'intake', 'x'.repeat(32))],
    ['that expired', () => serviceTokenWith({ iat: nowSeconds() - 120, exp: nowSeconds() - 60 })],
    [
      'issued over 65 s ago, whatever expiry it claims',
      () => serviceTokenWith({ iat: nowSeconds() - 70, exp: nowSeconds() + 3600 }),
    ],
  ])('refuses a token %s (401)', async (_case, token) => {
    await expect(guard().canActivate(httpCall('contact', bearer(await token())).context)).rejects.toThrow(
      new UnauthorizedException('the service token is not valid'),
    );
  });

  it('refuses every call when the service has no internal-call settings (401)', async () => {
    const token = await signServiceToken('identity', 'intake', secret);
    await expect(
      new AccessGuard(new Reflector()).canActivate(httpCall('contact', bearer(token)).context),
    ).rejects.toThrow(UnauthorizedException);
  });

  it('never takes a service token for a person: a @Roles route still wants a forwarded identity', async () => {
    const token = await signServiceToken('identity', 'intake', secret);
    await expect(guard().canActivate(httpCall('forOps', bearer(token)).context)).rejects.toThrow(
      new ForbiddenException('this operation is not open to the anonymous role'),
    );
  });
});

describe('verifyServiceToken at a given instant', () => {
  it('accepts a token within its minute and refuses it past the minute and the skew', async () => {
    const token = await signServiceToken('identity', 'intake', secret);
    const at = (seconds: number) => new Date(Date.now() + seconds * 1000);
    await expect(verifyServiceToken(token, 'intake', secret, { now: at(30) })).resolves.toBe('identity');
    await expect(verifyServiceToken(token, 'intake', secret, { now: at(70) })).rejects.toMatchObject({
      code: 'ERR_JWT_EXPIRED',
    });
  });
});
