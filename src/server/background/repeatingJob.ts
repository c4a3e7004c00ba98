import type { FastifyInstance } from 'fastify';

/**
 * Runs `job` when the server is ready and then every `everyMs`, until it closes. A run that fails is
 * logged and tried again at the next turn; the first run's failure stops the start, as any other.
 */
export function scheduleRepeatingJob(
  app: FastifyInstance,
  job: { name: string; everyMs: number; run: () => Promise<unknown> },
): void {
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await job.run();
    timer = setInterval(() => {
      job.run().catch((error: unknown) => app.log.error({ err: error }, `${job.name} failed`));
    }, job.everyMs).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
