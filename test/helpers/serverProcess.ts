import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  /** The server's process id (its memory can be read in /proc). */
  pid: number;
  /** The first-login password the server printed on its first start (none on a restart). */
  oneTimePassword: string | null;
  dataDir: string;
  /** Shuts the server down and removes its data. */
  stop(): Promise<void>;
  /** Kills the process outright (SIGKILL), leaving its data as a crash would. */
  kill(): Promise<void>;
  /** The same process is still running (it did not exit or crash). */
  isRunning(): boolean;
  /** What the process printed so far. */
  output(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface ServerOptions {
  /** An earlier server's data folder (a restart); a fresh one otherwise. */
  dataDir?: string;
  env?: Record<string, string>;
}

/** Starts the real server (`src/server/main.ts`) on the embedded database, as `npm start` does. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cau-noi-server-')));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  const oneTimePassword = await new Promise<string | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (!output.includes('is running at')) return;
      clearTimeout(timer);
      resolve(/One-time password: (\S+)/.exec(output)?.[1] ?? null);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  let hasExited = false;
  const exited = new Promise((resolve) => child.once('exit', resolve)).then(() => (hasExited = true));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    oneTimePassword,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    isRunning: () => !hasExited,
    output: () => output,
  };
}

/** The password printed at a first start; a restarted server prints none. */
export function oneTimePasswordOf(server: RunningServer): string {
  if (!server.oneTimePassword) throw new Error('the server printed no one-time password: not a first start');
  return server.oneTimePassword;
}
