// A link opened on a phone (390 × 844, touch) by someone who has never heard of product
// mode: both sides of the split in view, what her colleague changed marked cell by cell,
// every word of the guide one tap from its definition, and a way to answer with a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useApp, openPage, openBuilder, assertAccessible, assertNoProblems, cellName, fr, ARTEFACTS,
} from './support.mjs';

const app = useApp();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const GUIDE_URL = 'https://github.com/DNUM-SocialGouv/documentation';

async function phonePage(path, { initScript } = {}) {
  const context = await app.browser.newContext(PHONE);
  if (initScript) await context.addInitScript(initScript);
  return openPage(app, path, { context });
}

/** The boxes of the role headers (the buttons that name each role). */
async function roleHeaderBoxes(page, roles) {
  return Promise.all(roles.map((role) => page.getByRole('button', { name: role, exact: true }).boundingBox()));
}

/** A link to the guide's table with three levels and one note changed, made on a laptop. */
async function colleaguesLink() {
  const page = await openBuilder(app);
  const cell = (row, role) => page.getByRole('button', { name: cellName(row, role) });
  for (const [row, role, key] of [
    ['Suivi des devis', 'Chef de produit DNUM', '2'],
    ['Support utilisateur', 'Chef de produit métier', '3'],
    ['Piloter la conception', 'Chef de produit métier', '3'],
  ]) {
    await cell(row, role).focus();
    await page.keyboard.press(key);
  }
  await cell('Fixer les objectifs et indicateurs produit', 'Chef de produit DNUM').click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Note (facultative)' }).fill('avec la DSI');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Partager' }).click();
  const link = await page.getByRole('dialog').getByRole('textbox', { name: 'Lien de partage' }).inputValue();
  assertNoProblems(page);
  await page.context().close();
  return link;
}

test('on a phone, the default split shows both roles whole; the headers stay in view; the matrix is on the first screen and a half', async () => {
  const page = await phonePage('?vue=repartition');
  await page.getByRole('table').waitFor();
  const roles = ['Chef de produit métier', 'Chef de produit DNUM'];
  for (const box of await roleHeaderBoxes(page, roles)) {
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `a role header at ${box.x}–${box.x + box.width} px`);
  }
  // Every cell of every role, wholly inside the screen's width: nothing to scroll sideways.
  const outside = await page.getByRole('table').getByRole('button', { name: / — Chef de produit (métier|DNUM) : / })
    .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect())
      .filter((r) => r.left < 0 || r.right > window.innerWidth).length);
  assert.equal(outside, 0, 'cells outside the screen');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0, 'the page scrolls sideways');
  const table = await page.getByRole('table').boundingBox();
  assert.ok(table.y < 1.5 * 844, `the matrix starts ${table.y} px down`);
  await page.screenshot({ path: `${ARTEFACTS}/phone-builder-top.png` });
  await assertAccessible(page, 'the builder on a phone');

  await page.evaluate(() => window.scrollBy(0, 1500));
  await page.waitForFunction(() => window.scrollY >= 1000);
  for (const box of await roleHeaderBoxes(page, roles)) {
    assert.ok(box.y >= 0 && box.y + box.height <= 844, `after scrolling down, a role header at ${box.y} px`);
  }
  await page.screenshot({ path: `${ARTEFACTS}/phone-builder-scrolled.png` });

  // The bars are folded into one menu; it opens with a tap and holds "Partager".
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.equal(await page.getByRole('button', { name: 'Partager' }).isVisible(), false);
  await page.getByText('Répartitions, partage et actions').tap();
  await page.getByRole('button', { name: 'Partager' }).waitFor();
  await assertAccessible(page, 'the builder menu open on a phone');
  assertNoProblems(page);
  await page.context().close();
});

test('on a phone, a four-role split scrolls sideways under a pinned, opaque responsibility column', async () => {
  const fixture = (await readFile(new URL('../fixtures/links/v1-realistic.txt', import.meta.url), 'utf8')).trim();
  const page = await phonePage(`#${fixture}`);
  await page.getByRole('button', { name: 'Garder cette répartition' }).tap();
  await page.getByRole('table').waitFor();
  await page.getByRole('button', { name: 'Designer', exact: true }).waitFor();
  // (Audited before scrolling: cells half under the sticky headers are, for axe, small targets.)
  await assertAccessible(page, 'four roles on a phone');
  // The matrix's own scrolling region (a layout box, not a landmark).
  const region = page.locator('.matrix-scroll');
  await region.evaluate((r) => { r.scrollLeft = r.scrollWidth; });
  await page.waitForFunction(() => document.querySelector('.matrix-scroll').scrollLeft > 0);
  await region.scrollIntoViewIfNeeded();
  // In every row in view below the sticky headers, just right of the pinned column: a cell.
  const rows = await page.getByRole('rowheader').evaluateAll((headers) => {
    const top = document.querySelector('thead').getBoundingClientRect().bottom;
    // The message that the split was kept stands over the bottom of the screen for a while.
    const status = document.querySelector('.live-region [role=status]').getBoundingClientRect();
    const bottom = status.height > 0 ? status.top : innerHeight;
    return headers
      .filter((th) => th.closest('tr').querySelector('td'))
      .map((th) => {
        const box = th.getBoundingClientRect();
        if (box.bottom < top + 12 || box.top > bottom - 12) return null;
        const style = getComputedStyle(th);
        const y = Math.max(box.top, top) + 6;
        const hit = document.elementFromPoint(box.right + 3, y);
        return {
          row: th.innerText.split('\n')[0],
          besideIsCell: Boolean(hit?.closest('td')),
          opaque: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent',
          edge: style.boxShadow !== 'none',
        };
      })
      .filter(Boolean);
  });
  assert.ok(rows.length >= 3, `${rows.length} rows in view`);
  assert.deepEqual(rows.filter((r) => !(r.besideIsCell && r.opaque && r.edge)), [], 'rows whose pinned column is not clear of the cells');
  await page.screenshot({ path: `${ARTEFACTS}/phone-four-roles-scrolled.png` });
  // Scrolled down in its region, the role headers stay on top.
  await region.evaluate((r) => { r.scrollTop = r.scrollHeight; });
  const header = await page.getByRole('button', { name: 'Designer', exact: true }).boundingBox();
  const box = await region.boundingBox();
  assert.ok(header.y >= box.y - 1 && header.y < box.y + 150, `the header at ${header.y}, the region from ${box.y}`);
  assertNoProblems(page);
  await page.context().close();
});

test('the preview marks what the colleague changed, before → after; keeping it starts its own history', async () => {
  const link = await colleaguesLink();
  const page = await phonePage('');
  await page.goto(link);
  await page.getByRole('heading', { name: /Aperçu de la répartition partagée/ }).waitFor();
  await page.getByRole('table').waitFor();
  // (An accessible name reads the no-break space before « : » as a space; the attribute keeps it.)
  const changed = await page.getByRole('table').getByRole('button', { name: /, avant : / })
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));
  assert.deepEqual(changed.sort(), [
    'Fixer les objectifs et indicateurs produit — Chef de produit DNUM : Pilote avec la DSI, avant : Pilote',
    'Piloter la conception — Chef de produit métier : Participe, avant : Non concerné',
    'Suivi des devis — Chef de produit DNUM : Pilote, avant : Non concerné',
    'Support utilisateur — Chef de produit métier : Participe, avant : Non concerné',
  ].map(fr).sort());
  // Seen too, not by colour alone: the words "avant : …" in the cell, and its dashed frame.
  const devis = page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit DNUM') });
  await devis.getByText('avant\u00a0: Non concerné').waitFor();
  assert.equal(await devis.evaluate((b) => getComputedStyle(b.closest('td')).outlineStyle), 'dashed');
  const unchanged = page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit métier') });
  assert.equal(await unchanged.evaluate((b) => getComputedStyle(b.closest('td')).outlineStyle), 'none');
  // The summary says what changed, before → after, and what to do to answer.
  await page.getByText(/Suivi des devis — Chef de produit DNUM\s?: Non concerné → Pilote/).waitFor();
  await page.getByText(/Pour répondre\s: gardez-la, modifiez-la, puis «\sPartager\s» donne le lien à renvoyer/).waitFor();
  // A tap on a cell says why nothing opens, and how to edit.
  // (Forced: a read-only cell is aria-disabled, which Playwright will not tap; a finger will.)
  await devis.tap({ force: true });
  await page.getByRole('status').filter({ hasText: /lecture seule.*gardez-la/ }).waitFor();
  await devis.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTEFACTS}/phone-preview-marks.png` });
  await assertAccessible(page, 'the preview with its marks, on a phone');

  const namesBefore = await page.getByRole('table').getByRole('button', { name: / — / })
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label').replace(/, avant\s: .*/, '')));
  await page.getByRole('button', { name: 'Garder cette répartition' }).tap();
  await page.getByRole('status').filter({ hasText: /gardée/ }).waitFor();
  // On a touch screen no text field takes the focus unasked (no keyboard over the page).
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  assert.ok(!['INPUT', 'TEXTAREA', 'SELECT'].includes(focused), `focus in a ${focused}`);
  // Undo right after keeping cannot turn the proposal into something else under its name.
  await page.getByText('Répartitions, partage et actions').tap();
  assert.equal(await page.getByRole('button', { name: 'Annuler', exact: true }).isDisabled(), true, 'Annuler is offered');
  await page.keyboard.press('Control+z');
  const namesAfter = await page.getByRole('table').getByRole('button', { name: / — / })
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));
  assert.deepEqual(namesAfter, namesBefore);
  assertNoProblems(page);
  await page.context().close();
});

test('Partager offers the phone’s share sheet where there is one, and the copy button everywhere', async () => {
  const stub = () => {
    window.sharedWith = [];
    navigator.share = async (data) => { window.sharedWith.push(data); };
  };
  const page = await phonePage('?vue=repartition', { initScript: stub });
  await page.getByRole('table').waitFor();
  await page.getByText('Répartitions, partage et actions').tap();
  await page.getByRole('button', { name: 'Partager' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Partager cette répartition' });
  const link = await dialog.getByRole('textbox', { name: 'Lien de partage' }).inputValue();
  await dialog.getByRole('button', { name: 'Copier le lien' }).waitFor();
  await dialog.getByText('Lien court\u00a0: il tient dans un SMS.').waitFor();
  await dialog.getByRole('button', { name: 'Envoyer le lien…' }).tap();
  await page.waitForFunction(() => window.sharedWith.length === 1);
  const [shared] = await page.evaluate(() => window.sharedWith);
  assert.equal(shared.url, link);
  assert.equal(shared.title, 'Chefferie produit');
  assert.match(shared.text, /ouvrez le lien pour la voir, la garder et répondre/);
  await assertAccessible(page, 'the share dialog on a phone');
  await page.context().close();

  // Without a share sheet (most desktop browsers), only the copy button.
  const plain = await phonePage('?vue=repartition', { initScript: () => { delete Navigator.prototype.share; } });
  await plain.getByRole('table').waitFor();
  await plain.getByText('Répartitions, partage et actions').tap();
  await plain.getByRole('button', { name: 'Partager' }).tap();
  const plainDialog = plain.getByRole('dialog', { name: 'Partager cette répartition' });
  await plainDialog.getByRole('button', { name: 'Copier le lien' }).waitFor();
  assert.equal(await plainDialog.getByRole('button', { name: 'Envoyer le lien…' }).count(), 0);
  assertNoProblems(plain);
  await plain.context().close();
});

test('the guide is named and linked; its words open their definition with a tap or a key, and the glossary lists them all', async () => {
  const page = await phonePage('?vue=repartition');
  await page.getByRole('table').waitFor();
  const guide = page.getByRole('link', { name: 'guide produit de la DNUM des ministères sociaux' });
  assert.equal(await guide.getAttribute('href'), GUIDE_URL);
  // A tap on "backlog" in the row's description: its definition, in plain words.
  await page.getByRole('button', { name: 'backlog' }).tap();
  const definition = page.getByText('La liste ordonnée de ce qu’il reste à faire sur le produit');
  await definition.waitFor();
  const box = await definition.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, 'the definition fits the screen');
  await page.screenshot({ path: `${ARTEFACTS}/phone-definition.png` });
  await assertAccessible(page, 'a definition open on a phone');
  // Escape closes it, and the focus is back on the word.
  await page.keyboard.press('Escape');
  await definition.waitFor({ state: 'hidden' });
  // By keyboard on a laptop: Enter opens RGAA's, spelled out.
  const laptop = await openBuilder(app);
  await laptop.getByRole('button', { name: 'RGAA' }).focus();
  await laptop.keyboard.press('Enter');
  await laptop.getByText('Référentiel général d’amélioration de l’accessibilité').waitFor();
  await laptop.getByRole('link', { name: 'Tout le lexique' }).click();
  await laptop.getByRole('heading', { level: 1, name: 'Lexique' }).waitFor();
  assert.equal(await laptop.evaluate(() => document.activeElement.id), 'terme-rgaa');
  assert.match(laptop.url(), /\?vue=lexique/);
  // Back to the matrix, a cell focused, forward again: the focused cell leaves with the page.
  await laptop.goBack();
  await laptop.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit DNUM') }).focus();
  await laptop.goForward();
  await laptop.getByRole('heading', { level: 1, name: 'Lexique' }).waitFor();
  assertNoProblems(laptop);
  await laptop.context().close();

  // The glossary: every word the guide uses that a business owner may not know.
  await page.getByRole('link', { name: 'Lexique' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Lexique' }).waitFor();
  const terms = await page.getByRole('term').allInnerTexts();
  for (const word of ['Backlog', 'BizDev', 'Briques communes', 'Comitologie', 'Dailys', 'Delivery',
    'Homologation', 'RGAA', 'RGESN', 'RGPD', 'RGS', 'Urbanisation', 'US (user stories)']) {
    assert.ok(terms.includes(word), `${word} is in the glossary`);
  }
  assert.equal(await page.getByRole('link', { name: 'guide produit de la DNUM des ministères sociaux' }).getAttribute('href'), GUIDE_URL);
  await page.screenshot({ path: `${ARTEFACTS}/phone-glossary.png`, fullPage: true });
  await assertAccessible(page, 'the glossary on a phone');
  assertNoProblems(page);
  await page.context().close();
});
