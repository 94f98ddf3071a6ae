// Sharing: the link reproduces a split exactly, elsewhere; opening links never costs
// anyone their work; the JSON file is the fallback for long links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import {
  useApp, openPage, openBuilder, savedSplits, assertAccessible, assertNoProblems, cellName, fr, ARTEFACTS,
} from './support.mjs';

const app = useApp();

/** Edits two cells and adds a role, then returns the link the share dialog gives. */
async function shareAnEditedSplit(page) {
  await page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit DNUM') }).focus();
  await page.keyboard.press('2');
  await page.getByRole('button', { name: cellName('Support utilisateur', 'Chef de produit métier') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /^Participe/ }).check();
  await dialog.getByRole('textbox', { name: 'Note (facultative)' }).fill('niveau 1, « agents » & co');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ajouter un rôle', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Intitulé' }).fill('Designer');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Partager' }).click();
  const share = page.getByRole('dialog', { name: 'Partager cette répartition' });
  const link = await share.getByRole('textbox', { name: 'Lien de partage' }).inputValue();
  // Its length in words people use: a link under 160 characters fits in a text message.
  assert.ok(link.length <= 160, `${link.length} characters`);
  await share.getByText('Lien court\u00a0: il tient dans un SMS.').waitFor();
  return link;
}

/** Every cell of the matrix, by its accessible name. */
async function cellNames(page) {
  return page.locator('table').getByRole('button').evaluateAll((buttons) =>
    // What each cell says now; a preview adds what it said before (« , avant : … »).
    buttons.map((b) => b.getAttribute('aria-label')?.replace(/, avant\s: .*$/, '')).filter(Boolean));
}

test('share, open the link elsewhere: the preview matches; keep it; reload: it is saved', async () => {
  const page = await openBuilder(app);
  const link = await shareAnEditedSplit(page);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#s2[A-Za-z0-9_-]+$/);
  const share = page.getByRole('dialog', { name: 'Partager cette répartition' });
  await share.getByRole('img', { name: 'Code QR du lien de partage' }).waitFor();
  await assertAccessible(page, 'share dialog');
  await page.screenshot({ path: `${ARTEFACTS}/share.png` });
  await page.keyboard.press('Escape');
  const original = await cellNames(page);

  // Another browser, with its own saved split.
  const elsewhere = await openBuilder(app);
  await elsewhere.getByRole('button', { name: cellName('Incarner la vision', 'Chef de produit DNUM') }).focus();
  await elsewhere.keyboard.press('4');
  const before = await savedSplits(elsewhere);
  await elsewhere.goto(link);
  const previewTitle = elsewhere.getByRole('heading', { name: fr('Aperçu de la répartition partagée « Chefferie produit »') });
  await previewTitle.waitFor();
  await elsewhere.waitForFunction(() => document.activeElement.tagName === 'H2');
  assert.equal(await previewTitle.evaluate((h) => h === document.activeElement), true, 'the preview takes the focus');
  await elsewhere.getByText(fr('Par rapport à votre répartition ouverte « Chefferie produit » : 3 cases diffèrent (Incarner la vision — Chef de produit DNUM : Informé → Co-responsable, Suivi des devis — Chef de produit DNUM : Non concerné → Pilote et Support utilisateur — Chef de produit métier : Non concerné → Participe) ; rôle en plus : Designer.')).waitFor();
  assert.deepEqual(await cellNames(elsewhere), original, 'the preview shows the shared split cell by cell');
  assert.deepEqual(await savedSplits(elsewhere), before, 'opening a link saves nothing');
  await assertAccessible(elsewhere, 'preview');

  await elsewhere.getByRole('button', { name: 'Garder comme nouvelle répartition' }).click();
  await elsewhere.getByRole('status').filter({ hasText: 'est ajoutée à vos répartitions' }).waitFor();
  assert.equal(new URL(elsewhere.url()).hash, '', 'the fragment left the address');
  await elsewhere.reload();
  await elsewhere.getByRole('table').waitFor();
  assert.equal(await elsewhere.getByRole('heading', { name: /Aperçu/ }).count(), 0, 'a reload does not reopen the link');
  const after = await savedSplits(elsewhere);
  assert.equal(after.length, 2);
  // Beside a split of the same name, the kept one is told apart.
  assert.deepEqual(await elsewhere.getByRole('combobox', { name: 'Répartition ouverte' }).locator('option').allInnerTexts(),
    ['Chefferie produit', 'Chefferie produit (partagée)']);
  assert.deepEqual(await cellNames(elsewhere), original);
  assertNoProblems(page);
  assertNoProblems(elsewhere);
});

test('a damaged link opens the app with the French message; nothing saved is touched', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit métier') }).focus();
  await page.keyboard.press('1');
  await page.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  const link = await shareAnEditedSplit(page);
  const saved = await page.evaluate(() => JSON.stringify(localStorage));
  const damaged = link.slice(0, -3) + (link.endsWith('A') ? 'B' : 'A') + link.slice(-2);
  const other = await openPage(app, '?vue=repartition', { context: page.context() });
  await other.goto(damaged);
  const alert = other.getByRole('region', { name: fr("Le lien de partage n'a pas pu être ouvert") });
  await alert.getByText('Ce lien est abîmé ou incomplet', { exact: false }).waitFor();
  await other.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') }).waitFor();
  assert.equal(await other.evaluate(() => JSON.stringify(localStorage)), saved, 'nothing saved is touched');
  await assertAccessible(other, 'damaged link');
  await alert.getByRole('button', { name: fr("J'ai compris") }).click();
  assert.equal(new URL(other.url()).hash, '');
  // A link from a newer version says so.
  await other.goto(link.replace('#s2', '#s9'));
  await alert.getByText('version plus récente de Binôme', { exact: false }).waitFor();
  assert.notEqual(before, saved);
  assertNoProblems(other);
});

test('opening a link while working keeps the work: dismiss, and replace asks first and can be undone', async () => {
  const page = await openBuilder(app);
  const link = await shareAnEditedSplit(page);
  await page.keyboard.press('Escape');
  // Local work the link does not have.
  await page.getByRole('textbox', { name: 'Nom de la répartition' }).fill('Mon travail');
  await page.getByRole('button', { name: cellName('Incarner la vision', 'Chef de produit métier') }).focus();
  await page.keyboard.press('5');
  await page.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
  const mine = await savedSplits(page);

  await page.goto(link);
  await page.getByRole('heading', { name: /Aperçu/ }).waitFor();
  await page.getByRole('button', { name: fr("Fermer l'aperçu sans rien garder") }).click();
  await page.getByRole('table', { name: fr('Mon travail : qui fait quoi') }).waitFor();
  assert.deepEqual(await savedSplits(page), mine);

  await page.goto(link);
  await page.getByRole('button', { name: fr('Remplacer « Mon travail » par celle-ci') }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirmer' });
  await confirm.getByText(fr('Remplacer le contenu de « Mon travail »'), { exact: false }).waitFor();
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  assert.deepEqual(await savedSplits(page), mine, 'cancelled: nothing replaced');
  await page.getByRole('button', { name: fr('Remplacer « Mon travail » par celle-ci') }).click();
  await page.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') }).waitFor();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await page.getByRole('table', { name: fr('Mon travail : qui fait quoi') }).waitFor();
  assert.match(await page.getByRole('button', { name: cellName('Incarner la vision', 'Chef de produit métier') }).getAttribute('aria-label'), /Non concerné porte la politique publique$/);
  await page.waitForFunction((expected) => Object.keys(localStorage).filter((k) => k.startsWith('binome.split.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).split.name).join() === expected, 'Mon travail');
  assert.deepEqual(await savedSplits(page), mine, 'undone: the work is back, saved');
  assertNoProblems(page);
});

test('a link opened in a new tab does not disturb the work open in another tab', async () => {
  const context = await app.browser.newContext();
  const working = await openBuilder(app, { context });
  const link = await shareAnEditedSplit(working);
  await working.keyboard.press('Escape');
  await working.getByRole('textbox', { name: 'Nom de la répartition' }).fill('Onglet de travail');
  await working.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
  const storage = await working.evaluate(() => JSON.stringify(localStorage));
  const other = await context.newPage();
  await other.goto(link);
  await other.getByRole('heading', { name: /Aperçu/ }).waitFor();
  await other.waitForTimeout(300);
  assert.equal(await working.evaluate(() => JSON.stringify(localStorage)), storage);
  await working.getByRole('table', { name: fr('Onglet de travail : qui fait quoi') }).waitFor();
  assert.equal(await working.getByRole('status').filter({ hasText: 'autre onglet' }).count(), 0);
  await context.close();
});

test('copy: the clipboard when allowed, a selected field when refused', async () => {
  const allowed = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await openBuilder(app, { context: allowed });
  await page.getByRole('button', { name: 'Partager' }).click();
  const dialog = page.getByRole('dialog', { name: 'Partager cette répartition' });
  const link = await dialog.getByRole('textbox', { name: 'Lien de partage' }).inputValue();
  await dialog.getByRole('button', { name: 'Copier le lien' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Lien copié dans le presse-papiers.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await allowed.close();

  const refused = await app.browser.newContext();
  await refused.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refusé')) } });
  });
  const other = await openBuilder(app, { context: refused });
  await other.getByRole('button', { name: 'Partager' }).click();
  const dialog2 = other.getByRole('dialog', { name: 'Partager cette répartition' });
  await dialog2.getByRole('button', { name: 'Copier le lien' }).click();
  await dialog2.getByRole('status').filter({ hasText: 'le lien est sélectionné' }).waitFor();
  const selection = await other.evaluate(() => {
    const input = document.activeElement;
    return input.value.slice(input.selectionStart, input.selectionEnd);
  });
  assert.equal(selection, await dialog2.getByRole('textbox', { name: 'Lien de partage' }).inputValue());
  await refused.close();
});

test('a long link says so and offers the JSON file; the file imports through the same preview', async () => {
  const page = await openBuilder(app);
  // Long notes that do not compress make a link over 2,000 characters.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let seed = 12345;
  const noise = () => Array.from({ length: 280 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return alphabet[seed % alphabet.length];
  }).join('');
  const rows = ['Suivi des devis', 'Support utilisateur', 'Piloter la conception', 'Piloter le delivery', 'Organisation des rituels'];
  for (const [row, role] of rows.flatMap((r) => [[r, 'Chef de produit métier'], [r, 'Chef de produit DNUM']])) {
    await page.getByRole('button', { name: cellName(row, role) }).click();
    const note = noise();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Note (facultative)' }).fill(note);
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: 'Partager' }).click();
  const dialog = page.getByRole('dialog', { name: 'Partager cette répartition' });
  await dialog.getByText('au-delà de 2\u00a0000, les messageries et les courriels risquent de le couper', { exact: false }).waitFor();
  await dialog.getByText('Le lien est trop long pour un code QR lisible', { exact: false }).waitFor();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Télécharger le fichier JSON' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'binome-chefferie-produit.json');
  const path = `${ARTEFACTS}/exported.json`;
  await file.saveAs(path);
  await page.keyboard.press('Escape');
  const original = await cellNames(page);

  const elsewhere = await openBuilder(app);
  const chooser = elsewhere.waitForEvent('filechooser');
  await elsewhere.getByRole('button', { name: 'Importer un fichier JSON' }).click();
  await (await chooser).setFiles(path);
  await elsewhere.getByRole('heading', { name: fr('Aperçu de la répartition partagée « Chefferie produit »') }).waitFor();
  assert.deepEqual(await cellNames(elsewhere), original);
  // A first visit (the guide's table untouched): kept in its place, nothing to replace.
  await elsewhere.getByText(/^Par rapport au tableau du guide\u00a0: 10 cases diffèrent \(Piloter la conception — Chef de produit métier\u00a0: note modifiée, .* et 5 autres\)\.$/).waitFor();
  assert.equal(await elsewhere.getByRole('button', { name: /^Remplacer/ }).count(), 0);
  await elsewhere.getByRole('button', { name: 'Garder cette répartition' }).click();
  assert.equal((await savedSplits(elsewhere)).length, 1);

  // A file that is not a split says so, and changes nothing.
  await writeFile(`${ARTEFACTS}/not-a-split.json`, '{"hello": "world"}');
  const chooser2 = elsewhere.waitForEvent('filechooser');
  await elsewhere.getByRole('button', { name: 'Importer un fichier JSON' }).click();
  await (await chooser2).setFiles(`${ARTEFACTS}/not-a-split.json`);
  await elsewhere.getByRole('alert').filter({ hasText: fr("Ce fichier n'est pas une répartition Binôme") }).waitFor();
  assert.equal((await savedSplits(elsewhere)).length, 1);
  // The alert stays until closed.
  await elsewhere.getByRole('button', { name: 'Fermer', exact: true }).click();
  await elsewhere.getByText(fr("Ce fichier n'est pas une répartition Binôme")).waitFor({ state: 'detached' });
  assertNoProblems(elsewhere);
});

test('a link pasted in the address bar while a dialog is open closes it before showing the preview', async () => {
  const page = await openBuilder(app);
  const link = await shareAnEditedSplit(page);
  await page.keyboard.press('Escape');
  const other = await openBuilder(app);
  await other.getByRole('button', { name: cellName('Incarner la vision', 'Chef de produit métier') }).click();
  await other.getByRole('dialog').getByRole('radio', { name: /^Pilote/ }).waitFor();
  await other.evaluate((fragment) => { location.hash = fragment; }, new URL(link).hash);
  await other.getByRole('heading', { name: /^Aperçu de la répartition partagée/ }).waitFor();
  assert.equal(await other.getByRole('dialog').count(), 0, 'no dialog left editing the open split');
  assertNoProblems(other);
});
