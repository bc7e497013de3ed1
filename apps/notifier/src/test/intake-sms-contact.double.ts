import { verifyServiceToken } from '@passerelle/shared/auth';
import { HttpDouble } from './http-double';

/**
 * A TEST DOUBLE of intake's `GET /internal/candidates/:id/sms-contact` (decision 0018), answering
 * as its contract says (apps/intake/src/candidate-contact.int-spec.ts proves the real route): the
 * number while the person's consent to texts holds, 404 `NO_SMS_CONSENT` otherwise; only to the
 * notifier's service token for `intake`.
 */
export class IntakeSmsContactDouble {
  private constructor(
    private readonly http: HttpDouble,
    private readonly mobiles: Map<string, string>,
  ) {}

  static async start(secret: string): Promise<IntakeSmsContactDouble> {
    const mobiles = new Map<string, string>();
    const http = await HttpDouble.start(async ({ path, headers }) => {
      const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
      const caller = token ? await verifyServiceToken(token, 'intake', secret).catch(() => null) : null;
      if (!caller) return { status: 401, body: { message: 'services only' } };
      if (caller !== 'notifier') return { status: 403, body: { message: `not open to ${caller}` } };
      const [, candidateId] = /^\/internal\/candidates\/([^/]+)\/sms-contact$/.exec(path) ?? [];
      const mobile = candidateId ? mobiles.get(candidateId) : undefined;
      return mobile
        ? { status: 200, body: { candidateId, mobile, language: 'fr' } }
        : { status: 404, body: { error: 'NO_SMS_CONSENT' } };
    });
    return new IntakeSmsContactDouble(http, mobiles);
  }

  /** The person agreed to texts at this number (intake answers it from now on). */
  consent(candidateId: string, mobile: string): void {
    this.mobiles.set(candidateId, mobile);
  }

  /** The person withdrew (intake answers 404 NO_SMS_CONSENT from now on). */
  withdraw(candidateId: string): void {
    this.mobiles.delete(candidateId);
  }

  get url(): string {
    return this.http.url;
  }

  stop(): Promise<void> {
    return this.http.stop();
  }
}
