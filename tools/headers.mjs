// The HTTP headers Binôme is served with have one source: the `/*` block of public/_headers,
// the file static hosts read (Trunk copies it to dist/_headers). From it, the post-build hook
// writes deploy/headers.conf, the nginx include of the deployment configuration;
// tests/e2e/server.test.mjs fails if the two ever differ, and checks that nginx sends every
// header of the list on every response.
import { readFileSync } from 'node:fs';

export const HEADERS_SOURCE = new URL('../public/_headers', import.meta.url);
export const NGINX_HEADERS = new URL('../deploy/headers.conf', import.meta.url);

/** The `/*` block of a `_headers` file as [name, value] pairs. */
export function parseHeaders(text) {
  const headers = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === '/*';
      continue;
    }
    if (inBlock) {
      const at = line.indexOf(':');
      if (at < 1) throw new Error(`not a header: ${line.trim()}`);
      headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  if (!headers.length) throw new Error('no headers for /* in _headers');
  return headers;
}

/** The list, read from public/_headers (or another `_headers` file). */
export function readHeaders(file = HEADERS_SOURCE) {
  return parseHeaders(readFileSync(file, 'utf8'));
}

/** The nginx include: each header on every response, errors included (`always`). */
export function nginxHeaders(headers) {
  const lines = headers.map(([name, value]) => {
    // nginx reads `$` as a variable and has no escape for it; `"` and `\` would need one.
    if (/[$"\\]/.test(value) || !/^[A-Za-z0-9-]+$/.test(name)) {
      throw new Error(`header ${name} cannot be written as is in nginx`);
    }
    return `add_header ${name} "${value}" always;`;
  });
  return `# Generated from public/_headers by tools/post-build.mjs: edit that file, not this one.
# The security headers of every response; included by deploy/app.conf.
${lines.join('\n')}
`;
}
