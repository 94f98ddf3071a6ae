// Served by nginx with the deployment configuration of deploy/ (tools/nginx.mjs): the headers
// on every response, precompressed files, caching, and what a first visit, a reload, a cut
// network and a new build cost, read from nginx's own access log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readHeaders } from '../../tools/headers.mjs';
import { startNginx } from '../../tools/nginx.mjs';
import { measure } from '../../tools/size.mjs';
import { useApp, openPage, assertNoProblems } from './support.mjs';

const app = useApp();
const HEADERS = readHeaders();
const YEAR = 'public, max-age=31536000, immutable';
// Trunk's hashes are 64-bit numbers in hex, without leading zeros: up to 16 digits.
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|css|wasm)$/;
const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  svg: 'image/svg+xml; charset=utf-8',
};

/** The app's files in the build (not their .br and .gz, not _headers). */
function appFiles() {
  return readdirSync(app.dist).filter((f) => /\.(html|js|css|wasm|svg)$/.test(f)).sort();
}

/** One request as sent, the body as received (no decompression). */
function get(path, headers = {}, method = 'GET') {
  return new Promise((ok, fail) => {
    const req = request(new URL(path, app.url), { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const BR = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const GZIP = { 'accept-encoding': 'gzip, deflate' };

/** Waits until nginx's access log has had nothing new for a second. */
async function settled(server) {
  let count = -1;
  while (count !== server.readLog().length) {
    count = server.readLog().length;
    await new Promise((wait) => setTimeout(wait, 1000));
  }
}

/** Waits until the service worker has installed and controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

test('every header of public/_headers is on every response: files, pages, 304s, 404s, HEAD', async () => {
  const index = await get('/', BR);
  const responses = [
    ['/', index],
    ['/?vue=repartition', await get('/?vue=repartition', BR)],
    ['/ (HEAD)', await get('/', {}, 'HEAD')],
    ['/ (304)', await get('/', { ...BR, 'if-none-match': index.headers.etag })],
    ['missing hashed file', await get('/binome-0123456789abcdef_bg.wasm', BR)],
    ['missing page', await get('/nothing-here', BR)],
    ['/_headers', await get('/_headers')],
  ];
  for (const file of appFiles()) {
    for (const [label, headers] of [['br', BR], ['gzip', GZIP], ['none', {}]]) {
      responses.push([`/${file} (${label})`, await get(`/${file}`, headers)]);
    }
  }
  assert.deepEqual(responses.map(([, r]) => r.status), [200, 200, 200, 304, 404, 404, 404, ...appFiles().flatMap(() => [200, 200, 200])]);
  for (const [label, response] of responses) {
    for (const [name, value] of HEADERS) {
      assert.equal(response.headers[name.toLowerCase()], value, `${name} on ${label}`);
    }
  }
});

test('brotli for the wasm, JS, CSS and HTML when asked, gzip otherwise, the file itself without either', async () => {
  const files = appFiles();
  for (const kind of ['html', 'js', 'css', 'wasm']) assert.ok(files.some((f) => f.endsWith(`.${kind}`)), `no .${kind} in the build`);
  for (const file of files) {
    const original = readFileSync(join(app.dist, file));
    const type = TYPES[file.split('.').pop()];
    const paths = file === 'index.html' ? ['/', '/index.html'] : [`/${file}`];
    for (const path of paths) {
      const br = await get(path, BR);
      assert.equal(br.headers['content-encoding'], 'br', `${path} in brotli`);
      assert.ok(brotliDecompressSync(br.body).equals(original), `${path}: the brotli body is the file`);
      assert.equal(br.body.length, readFileSync(join(app.dist, `${file}.br`)).length, `${path}: the build's own .br`);
      const gz = await get(path, GZIP);
      assert.equal(gz.headers['content-encoding'], 'gzip', `${path} in gzip`);
      assert.ok(gunzipSync(gz.body).equals(original), `${path}: the gzip body is the file`);
      const plain = await get(path);
      assert.equal(plain.headers['content-encoding'], undefined, `${path} as it is`);
      assert.ok(plain.body.equals(original), `${path}: the file`);
      for (const response of [br, gz, plain]) {
        assert.equal(response.headers['content-type'], type, `${path}: type`);
        assert.equal(response.headers.vary, 'Accept-Encoding', `${path}: Vary`);
      }
    }
  }
});

test('hashed files cached for a year, the page, sw.js and the icon revalidated, a 404 for a missing file', async () => {
  const files = appFiles();
  assert.ok(files.filter((f) => HASHED.test(f)).length >= 3, `hashed files: ${files}`);
  for (const file of files) {
    const response = await get(`/${file}`, BR);
    if (HASHED.test(file)) {
      assert.equal(response.headers['cache-control'], YEAR, file);
    } else {
      assert.equal(response.headers['cache-control'], 'no-cache', file);
      assert.ok(response.headers.etag, `${file} has an ETag`);
      const again = await get(`/${file}`, { ...BR, 'if-none-match': response.headers.etag });
      assert.equal(again.status, 304, `${file} unchanged: 304`);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers['cache-control'], 'no-cache', `${file} (304)`);
    }
  }
  for (const path of ['/', '/?vue=pourquoi']) {
    assert.equal((await get(path, BR)).headers['cache-control'], 'no-cache', path);
  }
  // A missing file is a 404 that nothing keeps: never the page in its place, never for a year.
  for (const path of ['/binome-0123456789abcdef_bg.wasm', '/main-abc.css', '/nothing.js', '/deep/path/']) {
    const missing = await get(path, BR);
    assert.equal(missing.status, 404, path);
    assert.equal(missing.headers['cache-control'], undefined, `${path}: no Cache-Control on a 404`);
    assert.doesNotMatch(missing.body.toString(), /id="?demarrage/, `${path}: not the page`);
  }
});

test('a first visit costs at most 1.1 × the app in brotli, service worker included; a reload asks only for sw.js; offline works', async (t) => {
  const appBrotli = measure(app.dist).reduce((sum, file) => sum + file.brotli, 0);
  const from = app.server.readLog().length;
  const context = await app.browser.newContext();
  const page = await openPage(app, '', { context });
  await controlled(page);
  await page.waitForLoadState('networkidle');
  await settled(app.server);
  const first = app.server.readLog(from);
  const bytes = first.reduce((sum, entry) => sum + entry.bytes, 0);
  t.diagnostic(`first visit: ${first.length} requests, ${bytes} bytes (headers included); the app: ${appBrotli} bytes brotli`);
  t.diagnostic(first.map((e) => `${e.status} ${e.bytes} ${e.request}`).join('; '));
  assert.ok(bytes <= 1.1 * appBrotli, `first visit ${bytes} bytes > 1.1 × ${appBrotli}`);
  assert.ok(first.every((e) => e.status === 200 || e.status === 304), 'only 200s and 304s');
  // Each file's body is sent once: the service worker takes the hashed files from the HTTP
  // cache and revalidates the others.
  const bodies = first.filter((e) => e.status === 200).map((e) => e.request.split(' ')[1]);
  assert.deepEqual(bodies, [...new Set(bodies)], 'a file sent twice');
  for (const file of appFiles().filter((f) => HASHED.test(f))) {
    assert.equal(first.filter((e) => e.uri === `/${file}`).length, 1, `/${file} requested once`);
  }
  // The service worker keeps the whole app.
  const kept = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { caches: keys.length, files: (await cache.keys()).map((r) => new URL(r.url).pathname).sort() };
  });
  assert.deepEqual(kept, {
    caches: 1,
    files: ['/', ...appFiles().filter((f) => f !== 'index.html' && f !== 'sw.js').map((f) => `/${f}`)],
  });
  assertNoProblems(page);

  // A reload: the app comes from the service worker; the browser checks sw.js, nothing else.
  const before = app.server.readLog().length;
  await page.reload();
  await page.locator('body').getByRole('main').waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();
  for (let i = 0; i < 40 && !app.server.readLog(before).length; i++) await page.waitForTimeout(250);
  await settled(app.server);
  const reload = app.server.readLog(before);
  t.diagnostic(`reload: ${reload.map((e) => `${e.status} ${e.bytes} ${e.request}`).join('; ') || 'nothing'}`);
  assert.ok(reload.length <= 1, `${reload.length} requests after a reload`);
  for (const entry of reload) {
    assert.equal(entry.uri, '/sw.js');
    assert.equal(entry.service_worker, 'script', 'the service worker update check');
    assert.equal(entry.status, 304);
    assert.equal(entry.body, 0);
  }

  // The network cut: the app still loads, from the service worker alone.
  await context.setOffline(true);
  await page.goto(`${app.url}?vue=repartition`);
  await page.getByRole('table').waitFor();
  await context.close();
});

test('a new build: the page says it applies at the next load, and the next load has it', async () => {
  // A build of its own, served by an nginx of its own, changed after the first visit.
  const dir = mkdtempSync(join(tmpdir(), 'binome-next-build-'));
  cpSync(app.dist, dir, { recursive: true });
  const server = await startNginx({ dir });
  const context = await app.browser.newContext();
  try {
    const site = { ...app, url: server.url };
    const page = await openPage(site, '', { context });
    await controlled(page);
    await page.reload(); // now started under the service worker: a new one is an update
    await page.locator('body').getByRole('main').waitFor();

    const before = server.readLog().length;
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<!-- the next build --></body>'));
    execFileSync(process.execPath, [fileURLToPath(new URL('../../tools/post-build.mjs', import.meta.url))], {
      env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_PROFILE: 'release' },
      stdio: 'ignore',
    });
    // The browser checks sw.js after a load; the page asks too, not to wait for it.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.getByRole('status').filter({ hasText: /nouvelle version de Binôme/ }).waitFor();
    // The new version fetched sw.js and the page (and the icon: a new build is new files,
    // and nginx's ETags follow the files' dates), never the hashed files it already had.
    const update = server.readLog(before);
    assert.ok(update.some((e) => e.uri === '/sw.js' && e.status === 200), 'the new sw.js');
    assert.ok(update.some((e) => e.uri === '/index.html' && e.status === 200), 'the new page');
    assert.deepEqual(update.filter((e) => HASHED.test(e.uri)), [], 'hashed files fetched again');

    await page.reload();
    await page.locator('body').getByRole('main').waitFor();
    assert.match(await page.content(), /<!-- the next build -->/, 'the next load is the new build');
    assertNoProblems(page);
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
