// Values provided by test/global-setup.ts, read in tests with `inject(...)`.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL (superuser, database `postgres`) of the test run's PostgreSQL. */
    databaseUrl: string;
  }
}
