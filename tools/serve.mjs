// Serves the built app (dist/) on 127.0.0.1 with exactly the headers of dist/_headers,
// the file static hosts read, so that what is tested is what is shipped.
// Usage: node tools/serve.mjs [port] [dir]   (no dependency beyond Node itself)
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Reads the `/*` block of a `_headers` file into [name, value] pairs. */
export async function readHeaders(dir) {
  const text = await readFile(join(dir, '_headers'), 'utf8');
  const headers = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === '/*';
      continue;
    }
    if (inBlock) {
      const at = line.indexOf(':');
      headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  if (!headers.length) throw new Error(`no headers for /* in ${dir}/_headers`);
  return headers;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);
const compressed = new Map();

/** The file as brotli, as static hosts serve it (computed once per file and content). */
function brotli(file, body) {
  const key = `${file}:${body.length}`;
  if (!compressed.has(key)) {
    compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(key);
}

/** Starts the server; resolves to { server, url }. */
export async function serve(dir = 'dist', port = 8080) {
  const root = resolve(dir);
  const headers = await readHeaders(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      for (const [name, value] of headers) res.setHeader(name, value);
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-cache');
      if (COMPRESSIBLE.has(extname(file))) {
        res.setHeader('Vary', 'Accept-Encoding');
        if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = brotli(file, body);
          res.setHeader('Content-Encoding', 'br');
        }
      }
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end('Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8080);
  const { url } = await serve(process.argv[3] ?? 'dist', port);
  console.log(`Binôme : ${url}  (Ctrl+C pour arrêter)`);
}
