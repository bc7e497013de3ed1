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
