import { defineConfig } from 'vitest/config';

// Layers: unit (domain, schemas, services and repositories beside the code, and the web kit's pure parts),
// integration (test/, HTTP across both engines), e2e (e2e/, Chromium).
// scripts/test.sh picks the layer with --project.
//
// globalSetup sits at the root, not in the projects: the root's global setup runs
// once per vitest invocation whatever projects are selected, and what it provides
// (`databaseUrl`, a throwaway PostgreSQL) reaches every project through `inject`.
export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'integration', include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
