import { html } from '../server/pages/html.js';
import type { MailMessage } from './mail.js';

interface TeamInvitationMail {
  to: string;
  teamName: string;
  leadName: string;
  /** The sign-up link for a person without an account; the app's address for someone who has one. */
  url: string;
  newAccount: boolean;
}

/** The invitation as an email: plain text first, a simple HTML part beside it; nothing tracked. */
export function teamInvitationMail(mail: TeamInvitationMail): MailMessage {
  const subject = `${mail.leadName} invites you to the team ${mail.teamName}`;
  const action = mail.newAccount
    ? `Join Growth Map through this link, then accept under People → My teams: ${mail.url}`
    : `Sign in and accept under People → My teams: ${mail.url}`;
  const text = [
    'Hello,',
    '',
    `${mail.leadName} invites you to the team ${mail.teamName} on Growth Map.`,
    'You decide what the lead may see: your skills and levels only, also your goals, or also your evidence. You can change it or leave at any time.',
    '',
    action,
    '',
    '--',
    'Sent by Growth Map on behalf of the person named above.',
  ].join('\n');
  const body = html`<p>Hello,</p>
<p>${mail.leadName} invites you to the team ${mail.teamName} on Growth Map.</p>
<p>You decide what the lead may see: your skills and levels only, also your goals, or also your evidence. You can change it or leave at any time.</p>
<p><a href="${mail.url}">${mail.newAccount ? 'Join Growth Map' : 'Open Growth Map'}</a>, then accept under People → My teams.</p>`;
  return { to: mail.to, subject, text: `${text}\n`, html: String(body) };
}
