import type { SsoFailure } from '../../../../src/schemas/oidc.js';

const messages: Record<SsoFailure, (label: string) => string> = {
  expired: () => 'That sign-in took too long or began in another browser. Try again.',
  state: () => 'That sign-in could not be checked, so it was stopped. Try again.',
  denied: (label) => `The sign-in was cancelled at ${label}. Try again when you are ready.`,
  unverified: (label) =>
    `${label} has not verified your email address, so it cannot sign you in here. Verify it there, or sign in with your password.`,
  'no-account': () => 'There is no Growth Map account for that email yet. Ask an administrator for an invitation.',
  disabled: () => 'This account cannot sign in. Ask an administrator.',
  'rate-limited': () => 'Too many sign-in attempts. Wait a few minutes, then try again.',
  failed: (label) => `Signing in with ${label} did not work this time. Try again, or sign in with your password.`,
};

const isFailure = (reason: string): reason is SsoFailure => Object.hasOwn(messages, reason);

/** Why the last single sign-on came back to this page (`?sso=…`), in plain words; null when it did not. */
export function ssoFailureMessage(reason: string | null, label: string): string | null {
  return reason && isFailure(reason) ? messages[reason](label) : null;
}

/** A plain link: the browser leaves for the provider and comes back signed in (or with a reason). */
export function SingleSignOnChoice({ label }: { label: string }) {
  return (
    <div className="card narrow sso-choice">
      <p className="muted">Or use the account you already have at {label}.</p>
      <a className="button secondary" href="/api/v1/oidc/start">
        Sign in with {label}
      </a>
    </div>
  );
}
