import type { FastifyInstance } from 'fastify';
import { BENCH_USER } from './benchUser';

/** The bench user's session on an app: its cookie, and a GET that fails loudly on anything but 200. */
export async function benchSession(app: FastifyInstance) {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: BENCH_USER });
  const session = login.cookies.find((c) => c.name === 'cn_session');
  if (!session) throw new Error(`bench login failed: ${login.statusCode} ${login.body}`);
  const cookie = `cn_session=${session.value}`;
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response;
  };
  return { cookie, get };
}
