// The role-split builder, driven like a person would: mouse, keyboard, reloads, tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import {
  useApp, openPage, openBuilder, savedSplits, assertAccessible, assertNoProblems, cellName, fr, ARTEFACTS,
} from './support.mjs';

const app = useApp();

test('the home page offers the builder and has no accessibility violation', async () => {
  const page = await openPage(app);
  assert.equal(await page.title(), 'Binôme — répartir les responsabilités produit entre le métier et la DNUM');
  await assertAccessible(page, 'home');
  await page.getByRole('link', { name: 'Ouvrir la répartition' }).click();
  await page.getByRole('heading', { level: 1, name: 'Répartition des responsabilités' }).waitFor();
  assert.match(page.url(), /\?vue=repartition$/);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /qui fait quoi entre le métier et la DNUM/ }).waitFor();
  assertNoProblems(page);
});

test("the builder opens on the guide's table, with its checks and legend", async () => {
  const page = await openBuilder(app);
  const table = page.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') });
  await table.waitFor();
  await page.getByRole('columnheader', { name: 'Chef de produit métier' }).waitFor();
  await page.getByRole('columnheader', { name: 'Chef de produit DNUM' }).waitFor();
  const vision = page.getByRole('button', { name: cellName('Incarner la vision', 'Chef de produit métier') });
  assert.equal(await vision.getAttribute('aria-label'),
    fr('Incarner la vision — Chef de produit métier : Co-responsable porte la politique publique'));
  await page.getByText('5 points à clarifier').waitFor();
  await page.getByRole('link', { name: fr('Personne ne porte « Suivi des devis » : aucun rôle n\'est co-responsable ni pilote.') }).waitFor();
  await page.getByRole('heading', { name: 'Légende' }).waitFor();
  await page.screenshot({ path: `${ARTEFACTS}/builder.png`, fullPage: true });
  await assertAccessible(page, 'builder');
  assertNoProblems(page);
});

test('a person changes a cell, adds a role, reloads, and finds both', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit DNUM') }).click();
  const dialog = page.getByRole('dialog', { name: 'Suivi des devis — Chef de produit DNUM' });
  await dialog.getByRole('radiogroup', { name: 'Suivi des devis — Chef de produit DNUM' })
    .getByRole('radio', { name: /^Pilote/ }).check();
  await dialog.getByRole('textbox', { name: 'Note (facultative)' }).fill('avec le bureau des marchés');
  await assertAccessible(page, 'cell editor');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await dialog.waitFor({ state: 'detached' });
  // Focus is back on the cell that was edited.
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Suivi des devis — Chef de produit DNUM\u00a0: Pilote/);

  await page.getByRole('button', { name: 'Ajouter un rôle', exact: true }).click();
  const roleDialog = page.getByRole('dialog', { name: /Modifier le rôle/ });
  await roleDialog.getByRole('textbox', { name: 'Intitulé' }).fill('Designer');
  await page.keyboard.press('Escape');
  await page.getByRole('columnheader', { name: 'Designer' }).waitFor();
  // One unowned task less; one idle role and one overloaded role more.
  await page.getByText('6 points à clarifier').waitFor();
  await page.getByText(fr("Le rôle « Designer » n'intervient sur aucune responsabilité.")).waitFor();
  await page.getByText(fr('Le rôle « Chef de produit DNUM » porte 7 responsabilités sur 10 : la charge est-elle tenable ?')).waitFor();
  await page.getByRole('status').filter({ hasText: 'Enregistré dans ce navigateur à' }).waitFor();

  await page.reload();
  await page.getByRole('columnheader', { name: 'Designer' }).waitFor();
  const cell = page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit DNUM') });
  assert.equal(await cell.getAttribute('aria-label'),
    fr('Suivi des devis — Chef de produit DNUM : Pilote avec le bureau des marchés'));
  const [saved] = await savedSplits(page);
  assert.deepEqual(saved.roles.map((r) => r.label), ['Chef de produit métier', 'Chef de produit DNUM', 'Designer']);
  assertNoProblems(page);
});

test('the keyboard moves between cells and sets levels; undo and redo work', async () => {
  const page = await openBuilder(app);
  const first = page.getByRole('button', { name: cellName('Incarner la vision', 'Chef de produit métier') });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  // Now on "Fixer les objectifs… — Chef de produit DNUM": 3 = Participe.
  await page.keyboard.press('3');
  const objectives = page.getByRole('button', { name: cellName('Fixer les objectifs et indicateurs produit', 'Chef de produit DNUM') });
  await assert.doesNotReject(objectives.and(page.locator(':focus')).waitFor());
  assert.match(await objectives.getAttribute('aria-label'), /: Participe$/);
  await page.getByRole('status').filter({ hasText: /^Participe$/ }).waitFor();

  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label').endsWith(': Pilote'));
  await page.getByRole('button', { name: 'Rétablir' }).click();
  assert.match(await objectives.getAttribute('aria-label'), /: Participe$/);
  await page.getByRole('button', { name: 'Annuler' }).click();
  assert.match(await objectives.getAttribute('aria-label'), /: Pilote$/);
  assert.equal(await page.getByRole('button', { name: 'Annuler' }).isDisabled(), true);
  assertNoProblems(page);
});

test('rows and roles move with the keyboard, and deleting asks first', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: 'Organisation des rituels', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  // The row crossed into the next group and keeps the focus.
  const rows = await page.getByRole('rowheader').allInnerTexts();
  assert.ok(rows.findIndex((r) => r.startsWith('Autres tâches')) < rows.findIndex((r) => r.startsWith('Organisation des rituels')));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Organisation des rituels');

  await page.getByRole('button', { name: 'Chef de produit métier', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  const headers = await page.getByRole('columnheader').locator('.role-button').allInnerTexts();
  assert.deepEqual(headers, ['Chef de produit DNUM', 'Chef de produit métier']);

  await page.getByRole('button', { name: 'Support utilisateur', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer cette responsabilité' }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirmer' });
  await confirm.getByText(fr('Supprimer la responsabilité « Support utilisateur » ?')).waitFor();
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await page.getByRole('rowheader', { name: /^Support utilisateur/ }).waitFor();
  await page.getByRole('button', { name: 'Support utilisateur', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer cette responsabilité' }).click();
  await page.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('rowheader', { name: /^Support utilisateur/ }).waitFor({ state: 'detached' });
  assertNoProblems(page);
});

test('an over-long label is refused with a French message, and the text stays in the field', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: 'Chef de produit DNUM', exact: true }).click();
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'Intitulé' });
  const long = 'x'.repeat(130);
  await field.fill(long);
  await page.getByText('Ce libellé compte 130 caractères, pour une limite de 120.', { exact: false }).waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  // Leaving the field keeps the refused text (it is the person's to shorten).
  await page.keyboard.press('Tab');
  assert.equal(await field.inputValue(), long);
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  // Esc does not close the dialog while the text cannot be applied, and goes to the field.
  await page.keyboard.press('Escape');
  assert.equal(await field.inputValue(), long);
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
  await field.fill('Cheffe de produit DNUM');
  await page.keyboard.press('Escape');
  await page.getByRole('columnheader', { name: 'Cheffe de produit DNUM' }).waitFor();
  assertNoProblems(page);
});

test('a name refused in one split does not stay to rename another of the same name', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: 'Nouvelle répartition' }).click();
  await page.getByRole('dialog', { name: 'Nouvelle répartition' }).getByRole('button', { name: 'Créer' }).click();
  const name = page.getByRole('textbox', { name: 'Nom de la répartition' });
  await name.fill('x'.repeat(130));
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  const open = page.getByRole('combobox', { name: 'Répartition ouverte' });
  const [first] = await open.locator('option').evaluateAll((options) => options.map((o) => o.value));
  await open.focus();
  await open.selectOption(first);
  await page.waitForFunction(() => document.querySelector('#nom-repartition').value.length < 130);
  assert.equal(await name.getAttribute('aria-invalid'), 'false');
  assert.equal(await name.inputValue(), 'Chefferie produit');
  assertNoProblems(page);
});

test('several named splits: create from a template, rename, duplicate, delete', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: 'Nouvelle répartition' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle répartition' });
  await dialog.getByRole('textbox', { name: 'Nom de la répartition' }).fill('Demat Social');
  await dialog.getByRole('radio', { name: /Produit porté par la DNUM/ }).check();
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await page.getByRole('table', { name: fr('Demat Social : qui fait quoi') }).waitFor();
  await page.getByRole('columnheader', { name: 'Équipes utilisatrices' }).waitFor();

  const open = page.getByRole('combobox', { name: 'Répartition ouverte' });
  assert.deepEqual(await open.locator('option').allInnerTexts(), ['Chefferie produit', 'Demat Social']);
  await page.getByRole('button', { name: 'Dupliquer' }).click();
  await page.getByRole('table', { name: fr('Demat Social (copie) : qui fait quoi') }).waitFor();
  await page.getByRole('textbox', { name: 'Nom de la répartition' }).fill('Honorabilité');
  await page.getByRole('table', { name: fr('Honorabilité : qui fait quoi') }).waitFor();

  await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
  await page.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('status').filter({ hasText: fr('La répartition « Honorabilité » a été supprimée.') }).waitFor();
  await open.selectOption({ label: 'Chefferie produit' });
  await page.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') }).waitFor();
  await page.reload();
  await page.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') }).waitFor();
  assert.equal((await savedSplits(page)).length, 2);
  assertNoProblems(page);
});

test('"Revenir au modèle du guide" asks first and can be undone', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: cellName('Support utilisateur', 'Chef de produit métier') }).focus();
  await page.keyboard.press('2');
  await page.getByText('4 points à clarifier').waitFor();
  await page.getByRole('button', { name: 'Revenir au modèle du guide' }).click();
  await page.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Confirmer' }).click();
  await page.getByText('5 points à clarifier').waitFor();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await page.getByText('4 points à clarifier').waitFor();
  assertNoProblems(page);
});

test('a corrupted save shows the French message, keeps the raw text, and the guide opens', async () => {
  const context = await app.browser.newContext();
  const raw = '{"schema":1,"split":{"name":"Atelier'; // cut in the middle
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('binome.split.0abc', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
  const page = await openBuilder(app, { context });
  const notice = page.getByRole('region', { name: fr("Des données enregistrées n'ont pas pu être lues") });
  await notice.getByText(fr('Rien n\'a été effacé'), { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('binome.backup.split.0abc')), raw);
  await page.getByRole('table', { name: fr('Chefferie produit : qui fait quoi') }).waitFor();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Télécharger la sauvegarde' }).click();
  assert.equal((await download).suggestedFilename(), 'binome.backup.split.0abc.txt');
  await assertAccessible(page, 'builder with a storage error');
  // After a reload the backup is still there, and still offered.
  await page.reload();
  await notice.waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('binome.backup.split.0abc')), raw);
  assertNoProblems(page);
  await context.close();
});

/** Two tabs of one browser on the builder; in the second, "Suivi des devis" is set to
 * Co-responsable for the business role. */
async function twoTabsOneEditThere() {
  const context = await app.browser.newContext();
  const here = await openBuilder(app, { context });
  const there = await openBuilder(app, { context });
  await there.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit métier') }).focus();
  await there.keyboard.press('1');
  return { context, here, there };
}

test('an edit in another tab shows up here instead of being overwritten', async () => {
  const { context, here, there } = await twoTabsOneEditThere();
  const cell = here.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit métier') });
  await here.waitForFunction(
    () => document.querySelector('[aria-label^="Suivi des devis — Chef de produit métier"]').getAttribute('aria-label').includes('Co-responsable'),
  );
  await here.getByRole('status').filter({ hasText: 'modifiée dans un autre onglet' }).waitFor();
  assert.match(await cell.getAttribute('aria-label'), /Co-responsable$/);
  assertNoProblems(here);
  assertNoProblems(there);
  await context.close();
});

test('a deletion confirmed after another tab moved the roles deletes the same role, by its identity', async () => {
  const { context, here, there } = await twoTabsOneEditThere();
  await here.getByRole('status').filter({ hasText: 'modifiée dans un autre onglet' }).waitFor();
  // Here, "delete the business role?" is asked; there, the two roles swap places.
  await here.getByRole('button', { name: 'Chef de produit métier', exact: true }).click();
  await here.getByRole('dialog').getByRole('button', { name: 'Supprimer ce rôle' }).click();
  const confirm = here.getByRole('dialog', { name: 'Confirmer' });
  await confirm.getByText(fr('Supprimer le rôle « Chef de produit métier »'), { exact: false }).waitFor();
  await there.getByRole('button', { name: 'Chef de produit métier', exact: true }).focus();
  await there.keyboard.press('Alt+ArrowRight');
  await here.waitForFunction(() => [...document.querySelectorAll('th[scope=col] .role-button')].map((b) => b.textContent)[0] === 'Chef de produit DNUM');
  await confirm.getByRole('button', { name: 'Confirmer' }).click();
  await confirm.waitFor({ state: 'detached' });
  // The role asked about goes, wherever it stands now; the other stays.
  await here.waitForFunction(() => document.querySelectorAll('th[scope=col] .role-button').length === 1);
  assert.deepEqual(await here.getByRole('columnheader').locator('.role-button').allInnerTexts(), ['Chef de produit DNUM']);
  assert.equal(await here.getByRole('alert').filter({ hasText: 'La répartition a changé entre-temps' }).count(), 0);
  assertNoProblems(here);
  assertNoProblems(there);
  await context.close();
});

test('a deletion confirmed after another tab deleted its target deletes nothing, and says why', async () => {
  const { context, here, there } = await twoTabsOneEditThere();
  await here.getByRole('status').filter({ hasText: 'modifiée dans un autre onglet' }).waitFor();
  await here.getByRole('button', { name: 'Suivi des devis', exact: true }).click();
  await here.getByRole('dialog').getByRole('button', { name: 'Supprimer cette responsabilité' }).click();
  const confirm = here.getByRole('dialog', { name: 'Confirmer' });
  await confirm.waitFor();
  // There, the same row is deleted first.
  await there.getByRole('button', { name: 'Suivi des devis', exact: true }).click();
  await there.getByRole('dialog').getByRole('button', { name: 'Supprimer cette responsabilité' }).click();
  await there.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Confirmer' }).click();
  await here.waitForFunction(() => ![...document.querySelectorAll('.row-button')].some((b) => b.textContent === 'Suivi des devis'));
  const rowsBefore = await here.locator('.row-button').allInnerTexts();
  await confirm.getByRole('button', { name: 'Confirmer' }).click();
  await here.getByRole('alert').filter({ hasText: 'La répartition a changé entre-temps' }).waitFor();
  assert.deepEqual(await here.locator('.row-button').allInnerTexts(), rowsBefore, 'nothing else was deleted');
  assertNoProblems(here);
  assertNoProblems(there);
  await context.close();
});

test('on a phone, a status gives way after ten seconds; an alert uses the width of the screen and stays until closed', async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${app.url}?vue=repartition`);
  await page.getByRole('table').waitFor();
  await page.getByRole('button', { name: cellName('Suivi des devis', 'Chef de produit métier') }).focus();
  await page.keyboard.press('2');
  const status = page.locator('body').getByRole('status').filter({ hasText: /^Pilote$/ });
  await status.waitFor();
  // The fake clock also runs in real time: 5 s ahead leaves room for a slow machine.
  await page.clock.fastForward(5000);
  assert.equal(await status.count(), 1, 'still shown after 5 s');
  await page.clock.fastForward(6000);
  await status.waitFor({ state: 'detached' });

  await writeFile(`${ARTEFACTS}/not-a-split-phone.json`, '{"hello": "world"}');
  // On a phone the bars are folded into one menu.
  await page.getByText('Répartitions, partage et actions').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un fichier JSON' }).click();
  await (await chooser).setFiles(`${ARTEFACTS}/not-a-split-phone.json`);
  const alert = page.getByRole('alert').filter({ hasText: fr("Ce fichier n'est pas une répartition Binôme") });
  await alert.waitFor();
  // The message and its "Fermer" button, as wide as the screen allows (not half of it).
  const box = await alert.locator('xpath=..').boundingBox();
  await page.screenshot({ path: `${ARTEFACTS}/phone-alert.png` });
  assert.ok(box.width > 320, `the alert is ${box.width}px wide on a 360px screen`);
  await assertAccessible(page, 'an alert on a phone');
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertAccessible(page, 'an alert on a phone, dark theme');
  await page.clock.fastForward(60000);
  assert.equal(await alert.count(), 1, 'an alert stays');
  // Closed from the keyboard, the focus goes back where it was, not to the page.
  await page.getByRole('button', { name: 'Fermer', exact: true }).focus();
  await page.keyboard.press('Enter');
  await alert.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  await context.close();
});
