/**
 * What stops a command, said in one line. Exit codes are a contract for scripts: 1 when the work
 * could not be done (server unreachable, token refused, lint findings), 2 when the command line was wrong.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A mistake in the command line: exit 2, like commander's own. */
export const usageError = (message: string) => new CliError(message, 2);
