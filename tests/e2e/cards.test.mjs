// Role cards and self-checks: what each side does, and what to keep asking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openBuilder, savedSplits, assertAccessible, assertNoProblems, cellName, fr, ARTEFACTS } from './support.mjs';

const app = useApp();

test('the DNUM card opens from its column header with the keyboard, and Esc brings focus back', async () => {
  const page = await openBuilder(app);
  const opener = page.getByRole('button', { name: 'Fiche du rôle Chef de produit DNUM' });
  await page.getByRole('button', { name: 'Chef de produit DNUM', exact: true }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Fiche du rôle Chef de produit DNUM');
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: fr('Fiche du rôle « Chef de produit DNUM »') });
  for (const heading of ['De quoi parle-t-on ?', 'Pourquoi ce rôle est-il important ?', 'Quel est son quotidien ?', 'Questions à se poser'].map(fr)) {
    await card.getByRole('heading', { name: heading }).waitFor();
  }
  await card.getByText('Il agit comme un facilitateur, un référent produit et un coordinateur du quotidien.').waitFor();
  await card.getByRole('listitem').filter({ hasText: 'Appuyer la phase de recette (tests, vérification des fonctionnalités livrées)' }).waitFor();
  // The clarity question is answered by the checks themselves.
  await card.getByText(fr('Répondu par les vérifications de la répartition : à travailler, 5 points à clarifier.')).waitFor();
  await assertAccessible(page, 'role card');
  await page.screenshot({ path: `${ARTEFACTS}/role-card.png` });
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label') === 'Fiche du rôle Chef de produit DNUM');
  assert.equal(await opener.count(), 1);
  assertNoProblems(page);
});

test('a question answered "à travailler" is saved and counted', async () => {
  const page = await openBuilder(app);
  await page.getByText('Aucune question à travailler').waitFor();
  await page.getByRole('button', { name: 'Fiche du rôle Chef de produit métier' }).click();
  const card = page.getByRole('dialog');
  const question = card.getByRole('group', { name: fr('Ai-je le temps et les moyens de tenir ce rôle dans la durée ?') });
  await question.getByRole('radio', { name: 'À travailler' }).check();
  await card.getByRole('textbox', { name: fr('Note sur « Ai-je le temps et les moyens de tenir ce rôle dans la durée ? »') }).fill('deux jours par semaine seulement');
  await page.keyboard.press('Escape');
  await page.getByText('1 question à travailler').waitFor();
  await page.reload();
  await page.getByText('1 question à travailler').waitFor();
  await page.getByRole('button', { name: 'Fiche du rôle Chef de produit métier' }).click();
  assert.equal(await page.getByRole('dialog').getByRole('group', { name: fr('Ai-je le temps et les moyens de tenir ce rôle dans la durée ?') })
    .getByRole('radio', { name: 'À travailler' }).isChecked(), true);
  const [saved] = await savedSplits(page);
  assert.equal(saved.roles[0].card.questions[0].answer, 'a-travailler');
  assert.equal(saved.roles[0].card.questions[0].note, 'deux jours par semaine seulement');
  assertNoProblems(page);
});

/** The builder, with the DNUM product manager's card open in its editor. */
async function openDnumCardEditor() {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: 'Fiche du rôle Chef de produit DNUM' }).click();
  const card = page.getByRole('dialog');
  await card.getByRole('button', { name: 'Modifier la fiche' }).click();
  return { page, card };
}

test('a card is edited section by section, one item a line', async () => {
  const { page, card } = await openDnumCardEditor();
  const daily = card.getByRole('group', { name: fr('Quel est son quotidien ?') }).getByRole('textbox', { name: 'Éléments (un par ligne)' });
  await daily.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Animer la revue de sprint');
  await card.getByRole('button', { name: 'Terminer la modification' }).click();
  await card.getByRole('listitem').filter({ hasText: 'Animer la revue de sprint' }).waitFor();
  await page.keyboard.press('Escape');
  const [saved] = await savedSplits(page);
  assert.equal(saved.roles[1].card.daily.items.at(-1), 'Animer la revue de sprint');
  assert.equal(saved.roles[1].card.daily.items.length, 6);
  assertNoProblems(page);
});

test('a card text too long keeps the editor open on it, and nothing typed is lost', async () => {
  const { page, card } = await openDnumCardEditor();
  const what = card.getByRole('group', { name: fr('De quoi parle-t-on ?') }).getByRole('textbox', { name: 'Texte' });
  const long = 'y'.repeat(1100);
  await what.fill(long);
  assert.equal(await what.getAttribute('aria-invalid'), 'true');
  // "Terminer" and Esc both refuse, and put the focus on the refused text, which is kept.
  await card.getByRole('button', { name: 'Terminer la modification' }).click();
  assert.equal(await what.inputValue(), long);
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
  await page.keyboard.press('Escape');
  assert.equal(await card.count(), 1, 'the dialog stays open');
  assert.equal(await what.inputValue(), long);
  // A note of the self-check, too long: kept when the person answers another question.
  await what.fill('Il porte le produit numérique.');
  await card.getByRole('button', { name: 'Terminer la modification' }).click();
  const note = card.getByRole('textbox').first();
  const longNote = 'z'.repeat(1100);
  await note.fill(longNote);
  assert.equal(await note.getAttribute('aria-invalid'), 'true');
  await card.getByRole('radio').first().check();
  assert.equal(await note.inputValue(), longNote);
  await page.keyboard.press('Escape');
  assert.equal(await card.count(), 1, 'a refused note keeps the dialog open');
  await note.fill('À revoir ensemble.');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  const [saved] = await savedSplits(page);
  assert.equal(saved.roles[1].card.what.text, 'Il porte le produit numérique.');
  assertNoProblems(page);
});

test('a team role from the guide is added in one step, with its card', async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: fr("Ajouter un rôle de l'équipe") }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ajouter Expert accessibilité' }).click();
  await page.getByRole('columnheader', { name: /^Expert accessibilité/ }).waitFor();
  await page.getByRole('button', { name: 'Fiche du rôle Expert accessibilité' }).click();
  await page.getByRole('dialog').getByText('Veille à ce que le service soit utilisable par tous, conformément au RGAA.').waitFor();
  assertNoProblems(page);
});

test("the guide's current table is a template; legal compliance is on the business side", async () => {
  const page = await openBuilder(app);
  await page.getByRole('button', { name: 'Nouvelle répartition' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle répartition' });
  await dialog.getByText('la conformité légale passe côté métier', { exact: false }).waitFor();
  await dialog.getByRole('radio', { name: /Le tableau actuel du guide/ }).check();
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await page.getByRole('table', { name: fr('Porter un produit : qui fait quoi') }).waitFor();
  const cell = page.getByRole('button', { name: cellName(fr("S'assurer de la conformité légale"), 'Responsable métier') });
  assert.match(await cell.getAttribute('aria-label'), /: Pilote$/);
  assert.match(await cell.innerText(), /Pilote/);
  assertNoProblems(page);
});
