import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/**
 * A real SMTP server on a free local port (the `smtp-server` package) that keeps what it
 * receives, for tests: the app sends through nodemailer to `url` like to any relay.
 */
export class Mailbox {
  readonly mails: ReceivedMail[] = [];
  private server?: SMTPServer;
  url = '';

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), subject: mail.subject ?? '', text: mail.text ?? '' });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    this.url = `smtp://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Mails to `address` so far (optionally whose subject matches). */
  to(address: string, subject?: RegExp): ReceivedMail[] {
    return this.mails.filter((m) => m.to.includes(address.toLowerCase()) && (!subject || subject.test(m.subject)));
  }

  /** Waits for the next mail to `address` whose subject matches, beyond `seen` such mails. */
  async next(address: string, subject: RegExp, seen = this.to(address, subject).length, timeoutMs = 5000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mails = this.to(address, subject);
      if (mails.length > seen) return mails[seen];
      if (Date.now() > deadline) throw new Error(`no mail to ${address} matching ${subject} within ${timeoutMs} ms (got: ${this.mails.map((m) => `${m.to}: ${m.subject}`).join('; ') || 'none'})`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** The token of a mail ("... token: <token>"). */
export function tokenIn(mail: ReceivedMail): string {
  const match = /token: (\S+)/.exec(mail.text);
  if (!match) throw new Error(`no token in mail "${mail.subject}"`);
  return match[1];
}
