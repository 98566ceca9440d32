import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CliError } from './errors.js';

/**
 * The terminal: results on stdout (text, or JSON for scripts), questions and notes on stderr so a
 * pipe only ever receives the result.
 */
export const print = (text: string) => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};
export const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));
export const note = (text: string) => {
  process.stderr.write(`${text}\n`);
};

/** A whole piped stdin (a token, a file). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** One line from stdin, or null when it ends first; typed characters are not echoed when `hidden`. */
export async function ask(question: string, { hidden = false } = {}): Promise<string | null> {
  process.stderr.write(question);
  if (hidden && process.stdin.isTTY) return readHidden();
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin, terminal: false });
    let answered = false;
    // Typed answers end their own line on the terminal; piped ones do not.
    const endLine = () => process.stdin.isTTY || process.stderr.write('\n');
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      endLine();
      resolve(line);
    });
    lines.once('close', () => {
      if (answered) return;
      endLine();
      resolve(null);
    });
  });
}

/** Yes only when the user says so; the end of stdin is a no. */
export async function confirm(question: string): Promise<boolean> {
  const answer = await ask(`${question} [y/N] `);
  return /^\s*y(es)?\s*$/i.test(answer ?? '');
}

function readHidden(): Promise<string> {
  const input = process.stdin;
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (character === '\u0003') {
          finish();
          reject(new CliError('Cancelled.'));
          return;
        }
        value = character === '\u007f' || character === '\b' ? value.slice(0, -1) : value + character;
      }
    };
    input.on('data', onData);
  });
}

/** A file's text, or one line saying why it cannot be read. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Could not read ${file}: ${error instanceof Error ? error.message : error}`);
  }
}
