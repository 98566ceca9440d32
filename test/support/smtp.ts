import type net from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps what it is given, parsed; it can be told to refuse. */
export class TestSmtpServer {
  readonly messages: ParsedMail[] = [];
  refuse = false;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (_address, _session, callback) => {
      if (!this.refuse) return callback();
      callback(Object.assign(new Error('Mailbox unavailable, try later'), { responseCode: 450 }));
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          this.messages.push(parsed);
          callback();
        })
        .catch(callback);
    },
  });
  port = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as net.AddressInfo).port;
    return this;
  }
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }
  to(email: string): ParsedMail[] {
    return this.messages.filter((m) => addressesOf(m).includes(email));
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const addressesOf = (message: ParsedMail): string[] =>
  [message.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
