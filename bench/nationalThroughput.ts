import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';

const CONNECTIONS = 10;
const SECONDS = 10;

async function requestsPerSecond(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

/**
 * An authenticated list page on a real port at concurrency 10, beside a bare Fastify route on the
 * same machine that answers the same body with no session, database or validation: the ratio is
 * what the application's own work costs.
 */
export async function benchThroughput(app: FastifyInstance, cookie: string, path: string) {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const body = (await app.inject({ method: 'GET', url: path, headers: { cookie } })).body;
  const bare = Fastify();
  bare.get('/bare', async (_request, reply) => reply.type('application/json').send(body));
  const bareAddress = await bare.listen({ host: '127.0.0.1', port: 0 });
  try {
    const ours = await requestsPerSecond(`${address}${path}`, { cookie });
    const baseline = await requestsPerSecond(`${bareAddress}/bare`, {});
    console.log(
      `  list page ${path} with a session, ${CONNECTIONS} connections, ${SECONDS} s: ${Math.round(ours)} req/s; ` +
        `bare Fastify route, same body: ${Math.round(baseline)} req/s; ratio ${((ours / baseline) * 100).toFixed(1)}%`,
    );
  } finally {
    await bare.close();
  }
}
