import type { Api } from '../client/api.js';
import type { Cycle } from '../schemas/cycles.js';
import { CliError } from './errors.js';

/** The cycle named by `--cycle`, or the one running this week. */
export async function targetCycle(api: Api, cycleId?: string): Promise<Cycle> {
  if (cycleId) return api('GET /api/v1/cycles/{id}', { params: { id: cycleId } });
  const { cycles } = await api('GET /api/v1/this-week');
  const running = cycles.find((c) => c.weekNumber !== null) ?? cycles[0];
  if (!running) throw new CliError('No cycle is running this week: start one in the app, or name one with --cycle ID.');
  return running.cycle;
}
