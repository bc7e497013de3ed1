// A minimal SMTP server of the run's own that accepts and counts every message: the run sends
// ten thousand invitations, which must not flood the Mailpit other engineers' tests read.
import { createServer, type Server, type Socket } from 'node:net';

export interface SinkMail {
  to: string[];
  at: number;
  messageId: string | null;
}

/**
 * The mails less those received again with a Message-ID already seen: a sender that crashed between
 * the SMTP server's answer and its own record sends it again, and a mail client shows it once.
 */
export function firstReceipts(mails: readonly SinkMail[]): SinkMail[] {
  const seen = new Set<string>();
  return mails.filter((mail) => {
    if (mail.messageId === null) return true;
    if (seen.has(mail.messageId)) return false;
    seen.add(mail.messageId);
    return true;
  });
}

export interface SmtpSink {
  url: string;
  received(): number;
  /** Each message received: its recipients, when (ms since the epoch) and its Message-ID header. */
  mails(): SinkMail[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let received = 0;
  const mails: SinkMail[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let inData = false;
    let buffer = '';
    let to: string[] = [];
    socket.write('220 soak-sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const messageId = /\r\nMessage-ID:\s*(<[^>\r\n]+>)/i.exec(buffer.slice(0, end))?.[1] ?? null;
          buffer = buffer.slice(end + 5);
          inData = false;
          received++;
          mails.push({ to, at: Date.now(), messageId });
          to = [];
          socket.write('250 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'MAIL' || verb === 'RSET') to = [];
        if (verb === 'EHLO') socket.write('250-soak-sink\r\n250 8BITMIME\r\n');
        else if (verb === 'RCPT') {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? line.slice(8).trim());
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 end with <CRLF>.<CRLF>\r\n');
          // The terminator may follow at once: look for it from the data's start.
          buffer = `\r\n${buffer}`;
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
          return;
        } else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    mails: () => mails,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
