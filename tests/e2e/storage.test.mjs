// The unlucky cases of the browser's storage: full, then freed; two tabs typing at once;
// an import over the limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { useApp, openBuilder, openPage, assertNoProblems, cellName, fr, savedSplits, ARTEFACTS } from './support.mjs';

const app = useApp();

/** Fills the page's storage to its quota; returns how many filler keys it took. */
async function fillStorage(page) {
  return page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let n = 0;
    try {
      for (;;) localStorage.setItem(`remplissage.${n++}`, chunk);
    } catch {
      // Full: then fill the last crumbs too, smaller and smaller, to the last byte.
      let i = 0;
      for (const size of [16384, 1024, 64, 1]) {
        try {
          for (;;) localStorage.setItem(`miette.${i++}`, 'x'.repeat(size));
        } catch { /* no room for one more of this size */ }
      }
    }
    return n;
  });
}

async function freeStorage(page) {
  await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('remplissage.') || k.startsWith('miette.'))
    .forEach((k) => localStorage.removeItem(k)));
}

test('with the storage full, a wizard answer, a theme and an edit each say that saving failed; freed, the saves go through and say so', async () => {
  const page = await openBuilder(app);
  // Something saved first, then no room.
  await page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit DNUM') }).focus();
  await page.keyboard.press('2');
  await page.getByRole('status').filter({ hasText: 'Enregistré dans ce navigateur' }).waitFor();
  await fillStorage(page);

  // A level where there was none: the saved text grows by more than the last crumb left.
  await page.getByRole('button', { name: cellName('Support utilisateur', 'Chef de produit DNUM') }).focus();
  await page.keyboard.press('3');
  const failure = page.getByRole('alert').filter({ hasText: fr("L'enregistrement a échoué") });
  await failure.waitFor();
  // "Saved at" does not stay beside a failure.
  assert.equal(await page.getByRole('status').filter({ hasText: 'Enregistré dans ce navigateur' }).count(), 0);
  await page.getByRole('button', { name: 'Fermer' }).last().click();
  await failure.waitFor({ state: 'detached' });

  await page.getByLabel('Thème').selectOption({ label: 'Sombre' });
  await failure.waitFor();
  await page.getByRole('button', { name: 'Fermer' }).last().click();

  await page.getByRole('link', { name: fr('Pourquoi le mode produit ?') }).first().click();
  await page.getByRole('radio').first().check();
  await failure.waitFor();

  await freeStorage(page);
  await page.getByRole('status').filter({ hasText: 'tout est de nouveau enregistré' }).waitFor({ timeout: 15000 });
  const stored = await page.evaluate(() => ({
    theme: localStorage.getItem('binome.theme'),
    answers: localStorage.getItem('binome.questionnaire'),
  }));
  assert.equal(stored.theme, '"dark"');
  assert.ok(stored.answers, 'the wizard\'s answer is saved');
  const [split] = await savedSplits(page);
  const support = split.groups[1].responsibilities[1];
  assert.equal(support.cells[1].level, 'contributes', 'the edit made while full is saved');
  assertNoProblems(page);
});

test('two tabs alternating fifty edits each with no pause lose none: both end showing what the storage holds', async () => {
  const context = await app.browser.newContext();
  const one = await openBuilder(app, { context });
  const two = await openBuilder(app, { context });
  await one.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit métier') }).focus();
  await two.getByRole('button', { name: cellName('Support utilisateur', 'Chef de produit DNUM') }).focus();
  const keys = ['1', '2', '3', '4'];
  let lastOne;
  let lastTwo;
  for (let i = 0; i < 50; i++) {
    lastOne = keys[i % 4];
    lastTwo = keys[(i + 1) % 4];
    await Promise.all([one.keyboard.press(lastOne), two.keyboard.press(lastTwo)]);
  }
  const levels = { 1: 'co-responsible', 2: 'pilot', 3: 'contributes', 4: 'informed' };
  const shown = (page, row, role) => page.getByRole('button', { name: cellName(row, role) }).getAttribute('aria-label');
  const words = { 1: 'Co-responsable', 2: 'Pilote', 3: 'Participe', 4: 'Informé' };
  for (const page of [one, two]) {
    await page.waitForFunction(([a, b]) => {
      const label = (row, role) => document.querySelector(`[aria-label^="${row} — ${role}\u00a0:"]`)?.getAttribute('aria-label');
      return label('Suivi des devis', 'Chef de produit métier')?.endsWith(a)
        && label('Support utilisateur', 'Chef de produit DNUM')?.endsWith(b);
    }, [words[lastOne], words[lastTwo]], { timeout: 10000 });
  }
  // Both tabs and the storage say the same.
  const [stored] = await savedSplits(one);
  assert.equal(stored.groups[1].responsibilities[0].cells[0].level, levels[lastOne]);
  assert.equal(stored.groups[1].responsibilities[1].cells[1].level, levels[lastTwo]);
  assert.match(await shown(one, 'Suivi des devis', 'Chef de produit métier'), new RegExp(`${words[lastOne]}$`));
  assert.match(await shown(two, 'Suivi des devis', 'Chef de produit métier'), new RegExp(`${words[lastOne]}$`));
  assert.match(await shown(one, 'Support utilisateur', 'Chef de produit DNUM'), new RegExp(`${words[lastTwo]}$`));
  assertNoProblems(one);
  assertNoProblems(two);
  await context.close();
});

test('an imported file over the limits is refused in words that fit an import', async () => {
  const page = await openBuilder(app);
  const roles = Array.from({ length: 13 }, (_, i) => ({ label: `Rôle ${i + 1}` }));
  const file = {
    schema: 2,
    split: {
      name: 'Trop de rôles', template: 'vierge', roles,
      groups: [{ label: 'G', responsibilities: [{ label: 'R', cells: roles.map(() => ({})) }] }],
    },
  };
  await writeFile(`${ARTEFACTS}/treize-roles.json`, JSON.stringify(file));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un fichier JSON' }).click();
  await (await chooser).setFiles(`${ARTEFACTS}/treize-roles.json`);
  const alert = page.getByRole('alert').filter({ hasText: 'Ce fichier contient 13 rôles' });
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /Binôme en accepte 12/);
  assert.doesNotMatch(text, /champ|supprimez/);
  assertNoProblems(page);
});

test('a page that is not the app\'s, after a first visit, online and offline, says "page not found"', async () => {
  const context = await app.browser.newContext();
  const page = await openPage(app, '', { context });
  await page.waitForFunction(() => navigator.serviceWorker?.controller);
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    const other = await context.newPage();
    await other.goto(`${app.url}sous/dossier/`);
    await other.getByText('Page introuvable', { exact: false }).first().waitFor();
    assert.equal(await other.getByText(fr("Binôme n'a pas pu démarrer")).count(), 0);
    await other.close();
  }
  await context.close();
});
