#!/usr/bin/env node
// Writes docs/openapi.json from the route table (src/schemas/routes.ts). A test fails while
// the committed file differs from what the table generates; this is the command it names.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(path.join(root, 'src/server/openapi.ts'), { root, configFile: false, logLevel: 'warn' });
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const target = path.join(root, 'docs/openapi.json');
fs.writeFileSync(target, module.openApiText(await module.openApiDocument(version)));
process.stdout.write(`wrote ${path.relative(root, target)}\n`);
