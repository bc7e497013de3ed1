import { waitFor } from './wait-for';

/** A way in as identity's emails carry it: an invitation or a sign-in link (`/invitation/<id>.<secret>`). */
export const ACCESS_LINK = /https?:\/\/\S+\/invitation\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}/;
/** Mailpit's summary of a received message (its HTTP API, `/api/v1/search`). */
export interface ReceivedMessage {
  ID: string;
  Subject: string;
  To: { Address: string; Name: string }[];
  From: { Address: string; Name: string };
  Created: string;
  Attachments: number;
}

/** A message in full: bodies and attachments (`/api/v1/message/{ID}`). */
export interface ReceivedMessageDetail extends Omit<ReceivedMessage, 'Attachments'> {
  Text: string;
  HTML: string;
  Attachments: { PartID: string; FileName: string; ContentType: string; Size: number }[];
}

/**
 * The SMTP server the tests send to and the mailbox they read: Mailpit, started by the infra
 * scripts (SMTP_URL, MAILPIT_URL). Tests use addresses of their own, so runs never see each other's mail.
 */
export class Mailbox {
  constructor(readonly apiUrl: string) {}

  static fromEnvironment(): { smtpUrl: string; mailbox: Mailbox } {
    const smtpUrl = process.env['SMTP_URL'];
    const mailpitUrl = process.env['MAILPIT_URL'];
    if (!smtpUrl || !mailpitUrl) {
      throw new Error(
        'mail tests need SMTP_URL and MAILPIT_URL: run them through `npm test`, which starts Mailpit, ' +
          'or `source infra/bin/env.sh && bash infra/bin/infra.sh up` first',
      );
    }
    return { smtpUrl, mailbox: new Mailbox(mailpitUrl) };
  }

  /** Every message sent to `address`, oldest first. */
  async messagesTo(address: string): Promise<ReceivedMessage[]> {
    const query = new URLSearchParams({ query: `to:"${address}"`, limit: '1000' });
    const answer = (await this.get(`/api/v1/search?${query.toString()}`)) as { messages: ReceivedMessage[] };
    return [...answer.messages].reverse();
  }

  /** Every message sent to `address` once there are at least `count` of them (waits for the mail to land). */
  waitForMessagesTo(address: string, count: number, timeoutMs = 60_000): Promise<ReceivedMessage[]> {
    return waitFor(
      async () => {
        const found = await this.messagesTo(address);
        return found.length >= count ? found : null;
      },
      { what: `${count} message(s) to ${address}`, timeoutMs, intervalMs: 250 },
    );
  }

  /** The first text in a message's plain-text body that `pattern` matches (a link, a code). */
  async find(message: ReceivedMessage, pattern: RegExp): Promise<string> {
    const detail = await this.message(message.ID);
    const found = pattern.exec(detail.Text)?.[0];
    if (!found)
      throw new Error(`nothing matching ${String(pattern)} in "${message.Subject}":\n${detail.Text}`);
    return found;
  }

  async message(id: string): Promise<ReceivedMessageDetail> {
    return (await this.get(`/api/v1/message/${encodeURIComponent(id)}`)) as ReceivedMessageDetail;
  }

  /** An attachment's bytes, as the recipient's mail client would save them. */
  async attachment(id: string, partId: string): Promise<Buffer> {
    const response = await fetch(`${this.apiUrl}/api/v1/message/${encodeURIComponent(id)}/part/${partId}`);
    if (!response.ok) throw new Error(`Mailpit answered ${response.status} for part ${partId} of ${id}`);
    return Buffer.from(await response.arrayBuffer());
  }

  private async get(path: string): Promise<unknown> {
    const response = await fetch(`${this.apiUrl}${path}`);
    if (!response.ok) throw new Error(`Mailpit answered ${response.status} for ${path}`);
    return response.json();
  }
}
