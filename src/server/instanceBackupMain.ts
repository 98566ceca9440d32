import { runInstanceBackupCommand } from './instanceBackupCommand.js';

// `node dist/server/instanceBackupMain.js backup|restore FILE` (scripts/backup.mjs and restore.mjs run it
// from the sources). The command runs while this module loads, so every module it imports on the way
// (the PostgreSQL driver is loaded only when used) is loaded by the same loader.
const [command, ...args] = process.argv.slice(2);
const print = (line: string) => process.stdout.write(`${line}\n`);
if (command === 'backup' || command === 'restore') {
  process.exitCode = await runInstanceBackupCommand(command, args, process.env, print);
} else {
  print('Usage: instanceBackupMain backup|restore FILE');
  process.exitCode = 2;
}
