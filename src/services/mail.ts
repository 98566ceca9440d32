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

/**
 * How long a send may wait. The digest sends in the background and keeps well inside its lease
 * (LEASE_MS in services/digest.ts); a send made while someone waits for an answer (an endorsement
 * request) gives up sooner, and the request is kept and says it was not mailed.
 */
export const SMTP_PATIENCE = {
  background: { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 },
  inRequest: { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 },
} as const;

/** SMTP through nodemailer. */
export function createSmtpMailer(
  smtpUrl: string,
  from: string,
  patience: (typeof SMTP_PATIENCE)[keyof typeof SMTP_PATIENCE] = SMTP_PATIENCE.background,
): Mailer {
  // Loaded only when SMTP_URL is set: nodemailer and what it pulls in cost ~3 MB of heap.
  const transport = import('nodemailer').then(({ default: nodemailer }) =>
    nodemailer.createTransport({ url: smtpUrl, ...patience }),
  );
  return {
    async send(message) {
      await (await transport).sendMail({ from, ...message });
    },
  };
}
