import {readFile, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';

const BUILD = path.join(__dirname, '..', '..', 'build');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BuildServer {
  /** The server's origin, such as `http://127.0.0.1:41234`. */
  origin: string;
  /** Makes the server answer with a different service worker, as after a new deploy. */
  deployNewVersion(): void;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * Serves the built site on a free port of its own, the way a static host does (`/docs/lambda` is
 * `docs/lambda.html`), for tests that need to change what the server sends while a page is open:
 * a service worker checks for a new version of itself outside the reach of Playwright's routing.
 */
export async function startBuildServer(): Promise<BuildServer> {
  let version = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const base = path.join(BUILD, path.normalize(pathname));
      if (!base.startsWith(BUILD)) {
        response.writeHead(400).end();
        return;
      }
      const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
      let file: string | undefined;
      for (const candidate of candidates)
        if (await isFile(candidate)) {
          file = candidate;
          break;
        }
      const status = file ? 200 : 404;
      file ??= path.join(BUILD, '404.html');
      let body: Buffer | string = await readFile(file);
      if (pathname === '/sw.js' && version > 0)
        body = `${body.toString()}\n// version ${version}\n`;
      response.writeHead(status, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    deployNewVersion: () => {
      version += 1;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
