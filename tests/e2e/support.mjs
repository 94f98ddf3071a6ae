// Shared set-up of the end-to-end tests: the release build (dist/, or $DIST) served by
// Debian's nginx with the deployment configuration of deploy/ (tools/nginx.mjs), Debian's
// Chromium driven by playwright-core, and an axe-core audit.
// Tests find things as a person does: by role and accessible name.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { distDir, startNginx } from '../../tools/nginx.mjs';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const ARTEFACTS = 'test-results';

/**
 * Starts nginx and the browser for one test file; both stop after it. `ctx.server` is
 * nginx (its access log: `ctx.server.readLog()`), `ctx.dist` the folder it serves.
 */
export function useApp() {
  const ctx = {};
  before(async () => {
    // A missing browser, server or build is a failure, never a skip.
    assert.ok(existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: run make setup`);
    ctx.dist = distDir();
    assert.ok(existsSync(`${ctx.dist}/index.html`), `${ctx.dist}/ is missing: run make build`);
    ctx.server = await startNginx({ dir: ctx.dist });
    ctx.url = ctx.server.url;
    ctx.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await mkdir(ARTEFACTS, { recursive: true });
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}

/**
 * A new page in its own browser context (a fresh profile: empty storage), with every
 * console error, page error and request to another host recorded.
 */
export async function openPage(ctx, path = '', { viewport = { width: 1280, height: 900 }, context } = {}) {
  const browserContext = context ?? (await ctx.browser.newContext({ viewport }));
  const page = await browserContext.newPage();
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(ctx.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
      page.problems.push(`request to another host: ${r.url()}`);
    }
  });
  await page.goto(ctx.url + path);
  // index.html's start-up notice is a main landmark too, until the app replaces it.
  await page.getByRole('main', { name: 'Démarrage de Binôme' }).waitFor({ state: 'detached' });
  await page.locator('body').getByRole('main').waitFor();
  return page;
}

export async function openBuilder(ctx, options) {
  const page = await openPage(ctx, '?vue=repartition', options);
  await page.getByRole('table').waitFor();
  return page;
}

/**
 * The splits in the page's storage, as the app saved them, without their id counter: that
 * is bookkeeping, which never goes back (not even on undo), so that no id is given twice.
 */
export async function savedSplits(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('binome.split.'))
      .map((k) => {
        const { next_id: _counter, ...split } = JSON.parse(localStorage.getItem(k)).split;
        return split;
      }),
  );
}

const axeSource = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A and AA rules) and fails with the list of violations.
 * `{ scrolled: true }`: the matrix is scrolled, so a row sits half under its sticky headers,
 * which axe counts as a target under 24 px; target sizes are audited on the same views
 * unscrolled, and only that rule is left out here.
 */
export async function assertAccessible(page, label, { scrolled = false } = {}) {
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async (scrolled) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: scrolled ? { 'target-size': { enabled: false } } : {},
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, scrolled);
  assert.deepEqual(violations, [], `axe-core violations on ${label}`);
}

export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'console errors, page errors or requests to other hosts');
}

/**
 * The accessible name of a cell button, up to the level (the name then goes on). The page
 * writes a no-break space before the colon; Playwright matches names with their white
 * space made ordinary spaces, so `\s` stands for it.
 */
export function cellName(responsibility, role) {
  return new RegExp(`^${escape(responsibility)} — ${escape(role)}\\s: `);
}

/**
 * French typography, as the app writes it: `fr("« a » : l'b est-il ?")` is
 * `«\u00a0a\u00a0»\u00a0: l’b est\u2011il\u00a0?` — a no-break space (U+00A0) before
 * : ; ? ! % and » and after « and n°, the apostrophe ’, a non-breaking hyphen (U+2011)
 * between a verb and its inverted pronoun. Only for the app's own text: what a person
 * typed is shown as typed.
 */
export function fr(text) {
  return text
    .replace(/ ([:;?!%»])/g, '\u00a0$1')
    .replace(/([«°]) /g, '$1\u00a0')
    .replace(/'/g, '’')
    .replace(/(?<=\p{L})-t-(?=(il|elle|on)\b)/gu, '\u2011t\u2011')
    .replace(/(?<=\p{L})-(?=(je|tu|il|ils|elle|elles|on|nous|vous|ce)\b)/gu, (m, _p, at, all) =>
      (all.slice(0, at).endsWith('rendez') ? m : '\u2011'));
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
