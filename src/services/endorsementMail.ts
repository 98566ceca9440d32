import type { User } from '../schemas/accounts.js';
import { html } from '../server/pages/html.js';
import type { MailMessage } from './mail.js';

interface RequestMail {
  to: string;
  name: string;
  message: string | null;
  url: string;
  expiresAt: string;
  owner: Pick<User, 'name' | 'timeZone'>;
}

/** The link's last day, in the owner's time zone (the one who knows when they asked). */
const lastDay = (expiresAt: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(new Date(expiresAt));

/** The request as an email: plain text first, a simple HTML part beside it; nothing tracked, no images. */
export function endorsementRequestMail(mail: RequestMail): MailMessage {
  const until = lastDay(mail.expiresAt, mail.owner.timeZone);
  const subject = `${mail.owner.name} asks for your endorsement`;
  const text = [
    `Hello ${mail.name},`,
    '',
    `${mail.owner.name} asks you to endorse their work: a short quote and, if you saw it, the level of the skills they name.`,
    ...(mail.message ? ['', mail.message] : []),
    '',
    `Answer here (no account needed): ${mail.url}`,
    '',
    `The link works until ${until}, and only once.`,
    '',
    '--',
    'Sent by Growth Map on behalf of the person named above.',
  ].join('\n');
  const body = html`<p>Hello ${mail.name},</p>
<p>${mail.owner.name} asks you to endorse their work: a short quote and, if you saw it, the level of the skills they name.</p>
${mail.message ? html`<blockquote>${mail.message}</blockquote>` : null}
<p><a href="${mail.url}">Answer ${mail.owner.name}’s request</a> (no account needed).</p>
<p>The link works until ${until}, and only once.</p>`;
  return { to: mail.to, subject, text: `${text}\n`, html: String(body) };
}
