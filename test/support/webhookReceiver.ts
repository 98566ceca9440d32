import http from 'node:http';

export interface Received {
  method: string;
  contentType: string | undefined;
  body: string;
}

/**
 * A team channel's incoming webhook on 127.0.0.1: records every request and answers with
 * `status` (and a Location for a redirect); `status: 0` never answers.
 */
export async function startReceiver(status = 200) {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (receiver.status === 0) return;
      if (receiver.status >= 300 && receiver.status < 400) response.setHeader('Location', `${receiver.url}/elsewhere`);
      response.writeHead(receiver.status).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the receiver has no port');
  const receiver = {
    url: `http://127.0.0.1:${address.port}`,
    status,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}
