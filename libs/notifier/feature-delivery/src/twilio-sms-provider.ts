import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { isPermanentHttpStatus } from '@passerelle/notifier/domain';
import { SmsFailure, SmsProvider, type OutgoingText } from './sms-provider';

/**
 * Texts through Twilio's Programmable Messaging REST API: `POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded `To`, `From`, `Body`, HTTP Basic
 * with the account SID and auth token; 201 means accepted for delivery. An error answers a JSON
 * body with Twilio's `code` (21211: invalid To, 21610: the person replied STOP), kept in the
 * message's last error for ops.
 */
@Injectable()
export class TwilioSmsProvider extends SmsProvider {
  private readonly endpoint: URL;
  private readonly authorization: string;
  private readonly sender: string;

  constructor(@Inject(SERVICE_CONFIG) config: NotifierConfig) {
    super();
    const sid = config.TWILIO_ACCOUNT_SID ?? '';
    this.endpoint = new URL(`/2010-04-01/Accounts/${sid}/Messages.json`, config.TWILIO_API_URL);
    this.authorization = `Basic ${Buffer.from(`${sid}:${config.TWILIO_AUTH_TOKEN ?? ''}`).toString('base64')}`;
    this.sender = config.SMS_SENDER;
  }

  async send(text: OutgoingText): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          authorization: this.authorization,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({ To: text.to, From: this.sender, Body: text.body }),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new SmsFailure(`Twilio unreachable: ${String(error)}`, false);
    }
    if (response.status === 201 || response.status === 200) return;
    const answer = (await response.json().catch(() => ({}))) as { code?: number; message?: string };
    throw new SmsFailure(
      `Twilio answered ${response.status}${answer.code ? ` (code ${answer.code})` : ''}: ${answer.message ?? response.statusText}`,
      isPermanentHttpStatus(response.status),
    );
  }
}
