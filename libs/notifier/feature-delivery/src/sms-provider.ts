/** One text as the provider receives it. */
export interface OutgoingText {
  /** The outgoing message's id: the sink keys on it; a provider's logs can be matched to it. */
  id: string;
  /** E.164. */
  to: string;
  body: string;
}

/** Why a text was not accepted; `permanent` parks it at once (notifier/domain's delivery policy). */
export class SmsFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'SmsFailure';
  }
}

/**
 * Whoever carries texts (SMS_PROVIDER): Twilio's REST API in production, the `sms_sink` table in
 * development. Resolves once the provider accepted the text; throws SmsFailure otherwise.
 */
export abstract class SmsProvider {
  abstract send(text: OutgoingText): Promise<void>;
}
