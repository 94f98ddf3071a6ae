// The headers have one source (public/_headers): dist/_headers and the nginx include
// (deploy/headers.conf) must say exactly what it says. And the deployment configuration an
// operations team installs (deploy/site.conf) passes `nginx -t`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADERS_SOURCE, NGINX_HEADERS, nginxHeaders, readHeaders } from '../../tools/headers.mjs';
import { BROTLI, DEPLOY, NGINX, distDir } from '../../tools/nginx.mjs';

test('dist/_headers and deploy/headers.conf say what public/_headers says', () => {
  const headers = readHeaders();
  assert.deepEqual(headers.map(([name]) => name), [
    'Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy',
    'Cross-Origin-Opener-Policy',
  ]);
  assert.equal(readFileSync(NGINX_HEADERS, 'utf8'), nginxHeaders(headers),
    'deploy/headers.conf differs from public/_headers: edit public/_headers and run make build');
  const dist = distDir();
  assert.ok(existsSync(`${dist}/_headers`), `${dist}/_headers is missing: run make build`);
  assert.equal(readFileSync(`${dist}/_headers`, 'utf8'), readFileSync(HEADERS_SOURCE, 'utf8'),
    `${dist}/_headers differs from public/_headers: run make build`);
  // What nginx sends, parsed back from the include, is the list itself.
  const included = [...readFileSync(NGINX_HEADERS, 'utf8').matchAll(/^add_header (\S+) "(.*)" always;$/gm)]
    .map((m) => [m[1], m[2]]);
  assert.deepEqual(included, headers);
});

test('a header nginx could not send as written is refused, not mangled', () => {
  assert.throws(() => nginxHeaders([['X-Test', 'a $variable']]), /cannot be written/);
  assert.throws(() => nginxHeaders([['X-Test', 'a "quote"']]), /cannot be written/);
});

test('deploy/site.conf, with app.conf and headers.conf, passes nginx -t', () => {
  assert.ok(existsSync(NGINX), `nginx is missing at ${NGINX}: run make setup`);
  const prefix = mkdtempSync(join(tmpdir(), 'binome-nginx-t-'));
  try {
    // A throwaway certificate in place of the ministry's; everything else as written.
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
      '-subj', '/CN=binome.example.gouv.fr', '-keyout', join(prefix, 'key.pem'), '-out', join(prefix, 'cert.pem')],
    { stdio: 'ignore' });
    const site = readFileSync(join(DEPLOY, 'site.conf'), 'utf8')
      .replace(/ssl_certificate \S+;/, `ssl_certificate ${prefix}/cert.pem;`)
      .replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${prefix}/key.pem;`);
    writeFileSync(join(prefix, 'site.conf'), site);
    symlinkSync(DEPLOY, join(prefix, 'binome'));
    mkdirSync(join(prefix, 'tmp'));
    writeFileSync(join(prefix, 'nginx.conf'), `pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
load_module ${BROTLI};
events {}
http {
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    access_log off;
    include ${prefix}/site.conf;
}
`);
    const run = spawnSync(NGINX, ['-t', '-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
      { encoding: 'utf8' });
    assert.equal(run.status, 0, `nginx -t failed:\n${run.stderr}`);
    assert.doesNotMatch(run.stderr, /\[(warn|emerg|alert|crit)\]/, run.stderr);
    assert.match(run.stderr, /test is successful/);
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});
