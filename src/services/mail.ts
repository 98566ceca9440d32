/**
 * Sending email over SMTP_URL: the weekly digest and endorsement requests. Services get the
 * mailer through ServiceDeps (null while SMTP_URL is unset, and then nothing is sent).
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** "Growth Map <no-reply@HOST>", HOST being BASE_URL's host name. */
export const fromAddressFor = (baseUrl: string): string => `Growth Map <no-reply@${new URL(baseUrl).hostname}>`;

/** SMTP through nodemailer. Timeouts stay well inside LEASE_MS so a digest send cannot outlive its lease (services/digest.ts). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  // Loaded only when SMTP_URL is set: nodemailer and what it pulls in cost ~3 MB of heap.
  const transport = import('nodemailer').then(({ default: nodemailer }) =>
    nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    }),
  );
  return {
    async send(message) {
      await (await transport).sendMail({ from, ...message });
    },
  };
}
