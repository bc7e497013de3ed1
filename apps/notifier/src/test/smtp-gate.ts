import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TEST DOUBLE of a mail relay's availability: a TCP gate in front of the real SMTP server
 * (Mailpit). Open, it passes every byte through; shut, it drops the connections it carries and
 * greets new ones with `421 Service not available` (RFC 5321), as a relay that is down would.
 */
export class SmtpGate {
  private open = true;
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(upstream: string): Promise<SmtpGate> {
    const target = new URL(upstream);
    let gate: SmtpGate | null = null;
    const server = createServer((client) => gate?.accept(client, target.hostname, Number(target.port)));
    gate = new SmtpGate(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return gate;
  }

  /** The SMTP URL to give the notifier. */
  get url(): string {
    return `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  shut(): void {
    this.open = false;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  reopen(): void {
    this.open = true;
  }

  async stop(): Promise<void> {
    this.shut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, host: string, port: number): void {
    if (!this.open) {
      client.end('421 4.3.2 Service not available, closing transmission channel\r\n');
      return;
    }
    const upstream = connect(port, host);
    this.sockets.add(client);
    this.sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
