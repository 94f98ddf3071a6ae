// Ready for a ministry: offline, the statement pages, erasing data, phones, the CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, openBuilder, openPage, assertAccessible, assertNoProblems, cellName, fr, savedSplits } from './support.mjs';

const app = useApp();

test('after a first visit, the app loads and edits save with the network cut', async () => {
  const context = await app.browser.newContext();
  const page = await openBuilder(app, { context });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now controlled by the service worker
  await page.getByRole('table').waitFor();
  await context.setOffline(true);
  await page.goto(`${app.url}?vue=repartition`);
  await page.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') }).waitFor();
  await page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit métier') }).focus();
  await page.keyboard.press('2');
  await page.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
  const [saved] = await savedSplits(page);
  assert.equal(saved.groups[1].responsibilities[0].cells[0].level, 'pilot');
  await page.goto(`${app.url}?vue=pourquoi`);
  await page.getByText('Question 1 sur 12').waitFor();
  await context.close();
});

test('the accessibility statement says what was tested and how', async () => {
  const page = await openPage(app);
  await page.getByRole('link', { name: fr('Accessibilité : partiellement conforme') }).click();
  await page.getByRole('heading', { level: 1, name: fr("Déclaration d'accessibilité") }).waitFor();
  await page.getByRole('heading', { name: 'Ce qui a été vérifié, et comment' }).waitFor();
  await page.getByText('axe-core', { exact: false }).first().waitFor();
  await assertAccessible(page, 'accessibility statement');
  assertNoProblems(page);
});

test('the privacy page says what is stored where, and "Effacer mes données" asks first', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit métier') }).focus();
  await page.keyboard.press('1');
  await page.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
  await page.getByRole('link', { name: 'Données personnelles' }).click();
  await page.getByRole('heading', { level: 1, name: 'Données personnelles' }).waitFor();
  await page.getByText('binome.split.*', { exact: false }).waitFor();
  await assertAccessible(page, 'privacy page');
  await page.getByRole('button', { name: 'Effacer mes données' }).click();
  await page.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Annuler' }).click();
  assert.equal((await savedSplits(page)).length, 1, 'cancelled: nothing erased');
  await page.getByRole('button', { name: 'Effacer mes données' }).click();
  await page.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('status').filter({ hasText: 'Vos données ont été effacées de ce navigateur.' }).waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('binome.'))), []);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Données personnelles' }).waitFor();
  assertNoProblems(page);
});

test('at 360 and 320 px wide the page never scrolls sideways; the matrix scrolls in its own region', async () => {
  const phone = { viewport: { width: 360, height: 740 } };
  for (const width of [360, 320]) {
    for (const path of ['', '?vue=repartition', '?vue=pourquoi', '?vue=donnees', '?vue=accessibilite']) {
      const page = await openPage(app, path, { viewport: { width, height: 740 } });
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.equal(overflow, 0, `${path || 'home'} at ${width} px scrolls sideways by ${overflow}px`);
      if (width === 360) await assertAccessible(page, `${path || 'home'} at 360 px`);
      await page.close();
    }
  }
  // Two roles fit a phone's width (phone.test.mjs); four scroll sideways. Scrolled to the
  // last role, each cell is still read beside its responsibility.
  const fixture = (await readFile(new URL('../fixtures/links/v1-realistic.txt', import.meta.url), 'utf8')).trim();
  const page = await openPage(app, `#${fixture}`, phone);
  await page.getByRole('button', { name: 'Garder cette répartition' }).click();
  const lastCell = page.getByRole('button', { name: cellName('Incarner la vision', 'Designer') });
  await lastCell.scrollIntoViewIfNeeded();
  const seen = await page.evaluate(() => {
    const region = document.querySelector('.matrix-scroll');
    region.scrollLeft = region.scrollWidth;
    const visible = (element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
      return element.contains(hit);
    };
    const header = [...document.querySelectorAll('th[scope=row]')].find((th) => th.innerText.startsWith('Incarner la vision'));
    const cell = [...document.querySelectorAll('td button')].find((b) => b.getAttribute('aria-label').startsWith('Incarner la vision — Designer'));
    return { scrolled: region.scrollLeft > 0, header: visible(header), cell: visible(cell) };
  });
  assert.deepEqual(seen, { scrolled: true, header: true, cell: true });
  // With the keys, the matrix scrolls so that the focused cell is wholly in view.
  await page.setViewportSize({ width: 320, height: 740 });
  await page.getByRole('button', { name: cellName('Piloter la conception', 'Chef de produit DNUM') }).focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label').startsWith('Piloter la conception — Responsable technique'));
  const wholly = await page.evaluate(() => {
    const region = document.querySelector('.matrix-scroll').getBoundingClientRect();
    const cell = document.activeElement.getBoundingClientRect();
    const hit = document.elementFromPoint(cell.left + 2, cell.top + cell.height / 2);
    return document.activeElement.contains(hit) && cell.right <= region.right + 1;
  });
  assert.equal(wholly, true, 'the focused cell is wholly visible, clear of the sticky column');
  // The caption and the group names (as wide as the table) wrap within what can be seen.
  const cut = await page.evaluate(() => {
    const region = document.querySelector('.matrix-scroll').getBoundingClientRect();
    return [document.querySelector('.matrix caption'), ...document.querySelectorAll('.matrix .group-row th')]
      .filter((element) => {
        const text = document.createRange();
        text.selectNodeContents(element);
        return Math.max(...[...text.getClientRects()].map((r) => r.right)) > region.right;
      })
      .map((element) => element.innerText);
  });
  assert.deepEqual(cut, [], 'text running off the matrix region');
  // A shared link on a phone: the preview too. (The bars are folded into one menu.)
  await page.getByText('Répartitions, partage et actions').click();
  await page.getByRole('button', { name: 'Partager' }).click();
  const link = await page.getByRole('textbox', { name: 'Lien de partage' }).inputValue();
  const other = await openPage(app, '', phone);
  await other.goto(link);
  await other.getByRole('heading', { name: /Aperçu/ }).waitFor();
  assert.equal(await other.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  // The page says the cells are read-only for now, and the choice is in view with the title.
  await other.getByText(fr('Aperçu en lecture seule : les cases modifiées'), { exact: false }).waitFor();
  await other.waitForFunction(() => document.activeElement?.tagName === 'H2');
  const keep = await other.getByRole('button', { name: 'Garder cette répartition' }).boundingBox();
  assert.ok(keep.y >= 0 && keep.y + keep.height <= 740, `"Garder" at ${keep.y}px on a 740px screen`);
  const cell = other.getByRole('button', { name: cellName('Incarner la vision', 'Chef de produit DNUM') });
  await cell.scrollIntoViewIfNeeded();
  assert.ok(await cell.isVisible());
  assertNoProblems(other);
});

test('a first visit to the builder: five requests, at most 250 elements (the EcoIndex budget)', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const fetched = [];
  // The page's own requests; the service worker then fetches the same files into its cache.
  context.on('request', (r) => {
    // Trunk's hashes are 64-bit numbers in hex, without leading zeros: up to 16 digits.
    if (!r.serviceWorker()) fetched.push(new URL(r.url()).pathname.replace(/-[0-9a-f]{1,16}(?=(_bg)?\.\w+$)/, '-HASH'));
  });
  const page = await openPage(app, '?vue=repartition', { context });
  await page.getByRole('table').waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(fetched.sort(), ['/', '/binome-HASH.js', '/binome-HASH_bg.wasm', '/favicon.svg', '/main-HASH.css']);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  assert.ok(elements <= 250, `${elements} elements`);
  assertNoProblems(page);
});

test('the release build runs under its Content-Security-Policy', async () => {
  const page = await openPage(app);
  const response = await page.goto(app.url);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(response.headers()['referrer-policy'], 'no-referrer');
  assert.equal(response.headers()['x-content-type-options'], 'nosniff');
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), 0);
  assertNoProblems(page);
});

test('until the app has started the page says it is loading, and a failed start says so', async () => {
  // A slow network: the wasm is held back, and the notice shows meanwhile.
  const slow = await app.browser.newContext();
  const page = await slow.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.url}?vue=repartition`);
  await page.getByRole('status').filter({ hasText: 'Chargement…' }).waitFor();
  await assertAccessible(page, 'start-up notice');
  release();
  await page.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') }).waitFor();
  assert.equal(await page.getByRole('main', { name: 'Démarrage de Binôme' }).count(), 0, 'the notice is gone');
  assert.equal(await page.getByText('Chargement…').count(), 0);
  assert.equal(await page.getByRole('main').count(), 1);
  assert.deepEqual(errors, []);
  await slow.close();

  // The wasm cannot be fetched: the notice says the start failed, and what to do.
  const broken = await app.browser.newContext();
  const failed = await broken.newPage();
  await failed.route('**/*.wasm', (route) => route.abort());
  await failed.goto(app.url);
  await failed.getByRole('status').filter({ hasText: fr("Binôme n'a pas pu démarrer. Rechargez la page") }).waitFor();
  assert.equal(await failed.getByText('Chargement…').isVisible(), false);
  await assertAccessible(failed, 'failed start');
  await broken.close();
});
