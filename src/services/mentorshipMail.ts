import type { User } from '../schemas/accounts.js';
import { html } from '../server/pages/html.js';
import type { MailMessage } from './mail.js';

interface InvitationMail {
  to: string;
  url: string;
  /** True when the link makes an account first (the email had none). */
  joins: boolean;
  engineer: Pick<User, 'name'>;
  sections: readonly string[];
}

/** The mentorship as an email: plain text first, a simple HTML part beside it; nothing tracked. */
export function mentorshipInvitationMail(mail: InvitationMail): MailMessage {
  const subject = `${mail.engineer.name} asks you to be their mentor`;
  const shared = mail.sections.length > 0 ? mail.sections.join(', ') : 'nothing yet';
  const step = mail.joins ? 'Join Growth Map with this link, then accept' : 'Sign in and accept';
  const text = [
    'Hello,',
    '',
    `${mail.engineer.name} asks you to be their mentor on Growth Map. They share: ${shared}.`,
    '',
    `${step}: ${mail.url}`,
    '',
    '--',
    'Sent by Growth Map on behalf of the person named above.',
  ].join('\n');
  const body = html`<p>Hello,</p>
<p>${mail.engineer.name} asks you to be their mentor on Growth Map. They share: ${shared}.</p>
<p><a href="${mail.url}">${step}</a>.</p>`;
  return { to: mail.to, subject, text: `${text}\n`, html: String(body) };
}
