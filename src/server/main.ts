import { ContentError } from '../content/load.js';
import { ConfigError, loadConfig } from './config.js';
import { startRuntime } from './runtime.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Growth Map cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  try {
    runtime = await startRuntime(config);
  } catch (error) {
    if (error instanceof ContentError) {
      process.stderr.write(`Growth Map cannot start: content error in ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  await runtime.app.listen({ host: config.host, port: config.port });
  const address = runtime.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(`Growth Map listening on http://${config.host}:${port}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.app.log.info({ signal }, 'shutting down');
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Growth Map failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
