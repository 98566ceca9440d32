import path from 'node:path';
import { openDatabase } from '../db/database.js';
import { BackupRefused, backupInstance, restoreInstance } from '../db/instanceBackup.js';
import { ConfigError, loadConfig } from './config.js';

/**
 * `npm run backup -- FILE` and `npm run restore -- FILE`: the database the server would use (the
 * same DATABASE_URL and DATA_DIR), copied to or from a file. Answers the exit code; says what
 * happened in one line per table and a last line, or why not in one line.
 */
export async function runInstanceBackupCommand(
  command: 'backup' | 'restore',
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<number> {
  const [named] = args;
  if (!named || args.length > 1) {
    print(`Usage: npm run ${command} -- FILE (the database is the one DATABASE_URL or DATA_DIR names, as for npm start)`);
    return 2;
  }
  // npm runs scripts in the package's folder; the file is named from where the command was typed.
  const file = path.resolve(env.INIT_CWD ?? process.cwd(), named);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      print(error.message);
      return 1;
    }
    throw error;
  }
  const database = openDatabase({ databaseUrl: config.databaseUrl, sqlitePath: path.join(config.dataDir, 'growthmap.db') });
  const target = database.engine === 'postgresql' ? 'PostgreSQL' : path.join(config.dataDir, 'growthmap.db');
  try {
    const counts = command === 'backup' ? await backupInstance(database, file) : await restoreInstance(database, file);
    for (const [table, rows] of Object.entries(counts)) print(`${table}: ${rows}`);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    print(
      command === 'backup'
        ? `Backed up ${total} rows from ${target} to ${file}.`
        : `Restored ${total} rows from ${file} into ${target}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupRefused) {
      print(error.message);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      print(`${file} does not exist.`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
