/**
 * A small static server for the built site on a free loopback port, for browser
 * tests and screenshots: `/x/` serves `x/index.html`, and unknown paths get the
 * site's own 404 page with status 404, as a static host would do.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsl': 'text/xsl',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** One response the server sent: the path asked for and the bytes of its body. */
export interface ServedFile {
  readonly path: string;
  readonly bytes: number;
}

/** A running server, what it has served, and how to stop it. */
export interface StaticServer {
  readonly origin: string;
  /** Every response so far, in order: tests measure what a page transfers with it. */
  readonly served: ServedFile[];
  close(): Promise<void>;
}

/**
 * The headers of a `_headers` file's `/*` block, as static hosts apply them to
 * every response. Only that block is read: Postbag writes no other.
 */
export function readHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ') && line.trim() !== '') inAll = line.trim() === '/*';
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (inAll && match?.[1] !== undefined && match[2] !== undefined) headers[match[1]] = match[2];
  }
  return headers;
}

/** Options for `serveStatic`. */
export interface ServeOptions {
  /** Send the headers of the site's own `_headers` file with every response, as a host that reads it would. */
  readonly withHeadersFile?: boolean;
}

/** Serves `root` on 127.0.0.1 at a port the system picks. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const extraHeaders =
    options.withHeadersFile === true
      ? readHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
      : {};
  const served: ServedFile[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const bytes = statSync(file).size;
    served.push({ path: url.pathname, bytes });
    response.writeHead(status, {
      ...extraHeaders,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(bytes),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
