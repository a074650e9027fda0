import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends account mails with nodemailer over SMTP (`mail.smtpUrl`). Without a relay (development) a
 * mail is written to the log instead, links included, so that a developer can follow them.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    if (config.mail.smtpUrl) this.transport = createTransport(config.mail.smtpUrl);
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      this.logger.log(`mail (no SMTP relay configured) to ${mail.to}: ${mail.subject}\n${mail.text}`);
      return;
    }
    await this.transport.sendMail({ from: this.config.mail.from, to: mail.to, subject: mail.subject, text: mail.text });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
