// Serving a build for the benchmark tools the same way every time: `serve` with compression and
// clean URLs (bench/serve.json), on a port that must be free, so a stray server left on that port
// can never be measured in place of the build asked for.
import {spawn, type ChildProcess} from 'node:child_process';
import {createServer} from 'node:net';
import path from 'node:path';
import {setTimeout as wait} from 'node:timers/promises';

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill();
});

/** A port nothing listens on, from the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Serves `dir` on 127.0.0.1:`port`; resolves once it answers, with the server process. */
export async function serveBuild(root: string, dir: string, port: number): Promise<ChildProcess> {
  if (!(await portIsFree(port)))
    throw new Error(`port ${port} is in use: stop what listens there or choose another port`);
  const server = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules', 'serve', 'build', 'main.js'),
      dir,
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--no-clipboard',
      '--no-port-switching',
      '--config',
      path.join(root, 'bench', 'serve.json'),
    ],
    {stdio: 'ignore'},
  );
  running.add(server);
  let exited = false;
  server.on('exit', () => {
    exited = true;
    running.delete(server);
  });
  for (let i = 0; i < 300 && !exited; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await wait(100);
  }
  server.kill();
  throw new Error(`the static server for ${dir} did not start on port ${port}`);
}
