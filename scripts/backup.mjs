#!/usr/bin/env node
// `npm run backup -- FILE`: the whole instance to a file (see src/db/instanceBackup.ts and the
// README's "Moving from SQLite to PostgreSQL"). Runs from the sources, like `npm run openapi`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.argv.splice(2, 0, 'backup');
await runnerImport(path.join(root, 'src/server/instanceBackupMain.ts'), { root, configFile: false, logLevel: 'warn' });
