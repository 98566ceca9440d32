import { MINUTE } from '../domain/time.js';
import type { ServiceDeps } from '../services/context.js';
import { type DigestLog, runDueDigests } from '../services/digest.js';
import type { Mailer } from '../services/mail.js';
import type { Config } from './config.js';

export const DEFAULT_DIGEST_INTERVAL_MS = 5 * MINUTE;

/** Digests go out only when SMTP_URL is set; without it nothing is scheduled and nothing is sent. */
export const shouldSendDigests = <C extends Pick<Config, 'smtpUrl'>>(config: C): config is C & { smtpUrl: string } =>
  config.smtpUrl !== null;

export interface DigestScheduler {
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs the due digests every `intervalMs` (and once at start). The timer does not keep the
 * process alive; a tick while a run is still going is skipped. Which instance sends what is
 * decided in the database (see services/digest.ts), so any number of instances may run this.
 */
export function startDigestScheduler(options: {
  deps: ServiceDeps;
  mailer: Mailer;
  log: DigestLog;
  intervalMs?: number;
}): DigestScheduler {
  const { deps, mailer, log } = options;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = () => {
    if (stopped || running) return;
    running = runDueDigests(deps, mailer, log)
      .then(({ sent, failed }) => {
        if (sent > 0 || failed > 0) log.info({ sent, failed }, 'weekly digest run');
      })
      .catch((error: unknown) => {
        log.error({ error: error instanceof Error ? error.message : String(error) }, 'weekly digest run failed');
      })
      .finally(() => {
        running = null;
      });
  };

  const timer = setInterval(tick, options.intervalMs ?? DEFAULT_DIGEST_INTERVAL_MS);
  timer.unref();
  tick();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
