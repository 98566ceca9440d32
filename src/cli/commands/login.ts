import type { Command } from 'commander';
import { newCommand, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { saveCredentials, serverUrl } from '../credentials.js';
import { usageError } from '../errors.js';
import { ask, print, printJson, readStdin } from '../io.js';

interface Options extends JsonOption {
  url: string;
  tokenStdin?: boolean;
}

export function loginCommand(): Command {
  return newCommand('login', 'Check a personal access token against the server and keep it (readable by you only)')
    .requiredOption('--url <url>', 'the Growth Map server, e.g. https://growthmap.example.com')
    .option('--token-stdin', 'read the token from stdin instead of asking for it')
    .action(async (options: Options) => {
      const url = serverUrl(options.url);
      const answer = options.tokenStdin
        ? await readStdin()
        : await ask('Personal access token (Account → Access tokens): ', { hidden: true });
      const token = answer?.trim();
      if (!token)
        throw usageError('No token given: create one on the Access tokens page, then paste it or pipe it with --token-stdin.');
      const { user } = await connect({ url, token }).api('GET /api/v1/me');
      const file = saveCredentials({ url, token });
      if (options.json) printJson({ url, user: { name: user.name, email: user.email }, configFile: file });
      else print(`Logged in to ${url} as ${user.name} <${user.email}>; the token is kept in ${file}.`);
    });
}
