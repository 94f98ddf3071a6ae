// Workshop mode and exports: a facilitator runs a meeting from a projector with the
// keyboard, and everyone leaves with the result in the format they use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, openBuilder, openPage, assertAccessible, assertNoProblems, cellName, fr, ARTEFACTS } from './support.mjs';

const app = useApp();
const PROJECTOR = { width: 1280, height: 720 };

test('projector mode at 1280×720: fits, keys move and set, Q shows the QR code, Esc leaves', async () => {
  const page = await openBuilder(app, { viewport: PROJECTOR });
  await page.getByRole('button', { name: 'Mode atelier' }).click();
  await page.getByRole('button', { name: 'Quitter le mode atelier (Échap)' }).waitFor();
  const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p, main td, main th')).fontSize));
  assert.ok(bodySize >= 24, `body text ${bodySize}px`);
  const overflow = await page.evaluate(() => {
    const region = document.querySelector('.matrix-scroll');
    return { region: region.scrollWidth - region.clientWidth, page: document.documentElement.scrollWidth - innerWidth };
  });
  assert.deepEqual(overflow, { region: 0, page: 0 }, 'no horizontal scrolling');
  await page.getByRole('status').filter({ hasText: '5 points à clarifier' }).first().waitFor();
  // Focus starts on the first cell; arrows move; a number sets the level.
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Incarner la vision — Chef de produit métier'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('4');
  const cell = page.getByRole('button', { name: cellName('Piloter la conception', 'Chef de produit métier') });
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label').endsWith(': Informé'));
  assert.equal(await cell.getAttribute('aria-label'), fr('Piloter la conception — Chef de produit métier : Informé'));
  await page.screenshot({ path: `${ARTEFACTS}/projector.png` });
  await assertAccessible(page, 'projector mode');

  // Secondary text readable from the back of the room.
  const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('main td *, main th *')]
    .filter((e) => e.getClientRects().length && e.textContent.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))));
  assert.ok(smallest >= 18, `smallest text in the matrix: ${smallest}px`);
  await page.keyboard.press('q');
  const qr = page.getByRole('dialog', { name: /Code QR/ });
  await qr.getByRole('img', { name: 'Code QR du lien de partage' }).waitFor();
  // The whole code, its white border included, fits the screen; so do the keys.
  const fits = () => page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    return dialog.scrollHeight <= dialog.clientHeight && dialog.getBoundingClientRect().bottom <= innerHeight;
  });
  assert.equal(await fits(), true, 'the QR code dialog fits without scrolling');
  await page.keyboard.press('Escape');
  await qr.waitFor({ state: 'detached' });
  // Back on the cell the QR code was shown from: the arrows go on from there.
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label') === 'Piloter la conception — Chef de produit métier\u00a0: Informé');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Les touches du mode atelier' });
  await help.getByText('afficher le code QR du lien').waitFor();
  assert.equal(await fits(), true, 'the keys fit without scrolling');
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Piloter la conception — Chef de produit métier'));
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Piloter le delivery — Chef de produit métier'));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mode atelier' }).waitFor();
  await page.waitForFunction(() => !document.documentElement.classList.contains('atelier'));
  assertNoProblems(page);
});

test('projector mode: ? pressed right after Esc closed the QR code opens the keys, and they stay', async () => {
  const page = await openBuilder(app, { viewport: PROJECTOR });
  await page.getByRole('button', { name: 'Mode atelier' }).click();
  await page.getByRole('button', { name: 'Quitter le mode atelier (Échap)' }).waitFor();
  await page.keyboard.press('q');
  await page.getByRole('dialog', { name: /Code QR/ }).getByRole('img').waitFor();
  // What Esc does to a dialog (a `cancel` event, then it closes; its `close` event follows
  // a task later, after any key already typed), then `?`, all in one task: the order is certain.
  await page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    dialog.close();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
  });
  const help = page.getByRole('dialog', { name: 'Les touches du mode atelier' });
  await help.getByText('afficher le code QR du lien').waitFor();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  assert.equal(await help.isVisible(), true, 'the keys stay shown');
  assertNoProblems(page);
});

test('a link with ?mode=atelier opens in projector mode on the first cell; the summary stays in view; leaving drops the mode from the address', async () => {
  const page = await openPage(app, '?mode=atelier', { viewport: PROJECTOR });
  await page.getByRole('button', { name: 'Quitter le mode atelier (Échap)' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('atelier')), true);
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('Incarner la vision — Chef de produit métier'));
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label')?.startsWith('BizDev'));
  const summary = page.getByRole('status').filter({ hasText: '5 points à clarifier' });
  const seen = await page.evaluate(() => {
    const bar = document.querySelector('.workshop-bar').getBoundingClientRect();
    const cell = document.activeElement.getBoundingClientRect();
    return { bar: bar.top >= 0 && bar.bottom <= innerHeight, cellBelowBar: cell.top >= bar.bottom && cell.bottom <= innerHeight };
  });
  assert.deepEqual(seen, { bar: true, cellBelowBar: true });
  assert.equal(await summary.isVisible(), true);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mode atelier' }).waitFor();
  assert.equal(new URL(page.url()).search, '?vue=repartition', 'a reload stays out of workshop mode');
  await page.reload();
  await page.getByRole('button', { name: 'Mode atelier' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('atelier')), false);
  assertNoProblems(page);
});

test('printing hides every action and keeps the title, date, matrix, legend and open points', async () => {
  const page = await openBuilder(app);
  await page.emulateMedia({ media: 'print' });
  const visibleButtons = await page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => !b.closest('table') && b.getClientRects().length > 0)
      .map((b) => b.textContent));
  assert.deepEqual(visibleButtons, []);
  await page.getByText(/^Imprimé le \d\d\/\d\d\/\d{4}$/).waitFor();
  await page.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') }).waitFor();
  await page.getByRole('heading', { name: 'Légende' }).waitFor();
  await page.getByRole('heading', { name: fr('Le partage est-il clair ?') }).waitFor();
  await page.pdf({ path: `${ARTEFACTS}/print.pdf`, format: 'A4', landscape: true });
  await page.screenshot({ path: `${ARTEFACTS}/print-preview.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('exports: Markdown and CSV copied or downloaded, exactly what the domain writes', async () => {
  const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await openBuilder(app, { context });
  await page.getByRole('button', { name: 'Exporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter la répartition' });
  const preview = dialog.getByRole('textbox', { name: 'Aperçu' });
  assert.match(await preview.inputValue(), /^# Chefferie produit\n\n\| Chefferie produit \| Chef de produit métier \| Chef de produit DNUM \|/);
  await dialog.getByRole('button', { name: 'Copier' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Copié dans le presse-papiers.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await preview.inputValue());
  await assertAccessible(page, 'export dialog');

  await dialog.getByRole('radio', { name: /CSV, séparateur point-virgule/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Télécharger' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'binome-chefferie-produit.csv');
  await file.saveAs(`${ARTEFACTS}/export.csv`);
  const csv = await readFile(`${ARTEFACTS}/export.csv`, 'utf8');
  assert.ok(csv.startsWith('\ufeffGroupe;Responsabilité;Précisions;Chef de produit métier;'), csv.slice(0, 80));
  await context.close();
});

test('compare the open split with its template, cell by cell, as Markdown', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit DNUM') }).focus();
  await page.keyboard.press('2');
  await page.getByRole('button', { name: cellName('Support utilisateur', 'Chef de produit métier') }).focus();
  await page.keyboard.press('3');
  await page.getByRole('button', { name: 'Comparer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Comparer deux répartitions' });
  await dialog.getByRole('status').filter({ hasText: '2 cases diffèrent.' }).waitFor();
  assert.equal(await dialog.getByRole('table').getByRole('row').count(), 3);
  const markdown = await dialog.getByRole('textbox', { name: 'Aperçu' }).inputValue();
  assert.match(markdown, /\| Suivi des devis \| Chef de produit DNUM \| Non concerné \| Pilote \|/);
  // The two templates of the guide, side by side.
  await dialog.getByRole('combobox', { name: 'Avant' }).selectOption({ label: fr('Modèle : Le tableau du guide (Chefferie produit)') });
  await dialog.getByRole('combobox', { name: 'Après' }).selectOption({ label: fr('Modèle : Le tableau actuel du guide (Porter un produit)') });
  await dialog.getByText(fr('Rôles en plus : Responsable métier, Responsable produit')).waitFor();
  await assertAccessible(page, 'compare dialog');
  assertNoProblems(page);
});

test('dark theme: from the system by default, or chosen and remembered; no axe violation', async () => {
  const context = await app.browser.newContext({ colorScheme: 'dark' });
  const page = await openBuilder(app, { context });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // The theme is applied just after the change: wait for it rather than race it.
  const backgroundBecomes = (colour) => page.waitForFunction(
    (c) => getComputedStyle(document.body).backgroundColor === c, colour);
  assert.equal(await background(), 'rgb(22, 22, 22)', 'follows the system');
  await assertAccessible(page, 'builder, dark theme');
  await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Clair' });
  await backgroundBecomes('rgb(255, 255, 255)');
  await page.reload();
  await page.getByRole('table').waitFor();
  assert.equal(await background(), 'rgb(255, 255, 255)', 'the choice is remembered');
  await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Sombre' });
  await backgroundBecomes('rgb(22, 22, 22)');
  await page.getByRole('button', { name: 'Mode atelier' }).click();
  await assertAccessible(page, 'projector mode, dark theme');
  assertNoProblems(page);
  await context.close();
});
