#!/usr/bin/env node
// The floor of `npm run bench` (see bench/README.md): a bare Fastify process with no plugins,
// hooks or logger that answers one route with the map's exact JSON bytes (read from the file
// named by BENCH_BODY). Its CPU per request is what HTTP parsing and writing ~7.5 KB cost on
// this machine; the app's routes are compared with it.
import fs from 'node:fs';
import Fastify from 'fastify';

const body = fs.readFileSync(process.env.BENCH_BODY ?? '');
const app = Fastify({ logger: false });
app.get('/', (_request, reply) => {
  reply.type('application/json; charset=utf-8').send(body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`READY http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
