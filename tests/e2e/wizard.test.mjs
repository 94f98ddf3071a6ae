// "Pourquoi le mode produit ?": a person answers with the keyboard only, understands the
// recommendation, leaves with a split and a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, assertAccessible, assertNoProblems, cellName, ARTEFACTS } from './support.mjs';

const app = useApp();

/** Answer index per question (0-based), in the wizard's order. */
const REGULATION_UNOWNED = [0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 1];

/** Answers the current question with the keyboard: the arrows pick, Enter goes on. */
async function answerWithKeyboard(page, answer) {
  if (answer === 0) {
    await page.keyboard.press('Space');
  }
  for (let i = 0; i < answer; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The title of the result, once it is shown. */
async function heading1(page) {
  const title = page.getByRole('heading', { level: 1, name: /^Recommandation/ });
  await title.waitFor();
  return title.innerText();
}

test('keyboard only: through the twelve questions to the result, then the split in the builder', async () => {
  const page = await openPage(app);
  // From the home page, with the keyboard.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.textContent === 'Répondre aux questions')) break;
  }
  await page.keyboard.press('Enter');
  await page.getByText('Question 1 sur 12').waitFor();
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.type === 'radio')); i++) {
    await page.keyboard.press('Tab');
  }
  for (const [i, answer] of REGULATION_UNOWNED.entries()) {
    await page.getByText(`Question ${i + 1} sur 12`).waitFor();
    await page.waitForFunction(() => document.activeElement?.type === 'radio');
    await answerWithKeyboard(page, answer);
  }
  assert.equal(await heading1(page), 'Recommandation : un binôme, chef de produit métier et co-chef de produit DNUM');
  // The recommendation's title has the focus: a screen reader reads it first.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.startsWith('Recommandation'));
  await page.getByText('12 réponses sur 12.').waitFor();
  const risks = page.getByRole('region', { name: 'Les risques que court votre projet' });
  await risks.getByText('RGAA, RGS, RGPD, homologation, RGESN : aucun responsable', { exact: false }).waitFor();
  await risks.getByText('Parce que vous avez répondu « Non, ou on ne sait pas » à « RGAA, RGS, RGPD, homologation et RGESN ont-ils un responsable et une place dans la feuille de route ? ».').waitFor();
  const first = page.getByRole('region', { name: 'Les questions à continuer de se poser' }).getByRole('listitem').first();
  assert.match(await first.innerText(), /^Les contraintes de sécurité et d[’']homologation/);
  await page.screenshot({ path: `${ARTEFACTS}/wizard-result.png`, fullPage: true });

  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.textContent === 'Ouvrir cette répartition dans l\'éditeur')) break;
  }
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Répartition des responsabilités' }).waitFor();
  // The focus is on the builder's title, not lost to the page: Tab goes on into the builder.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Répartition des responsabilités');
  const cell = page.getByRole('button', { name: cellName('Piloter les sujets règlementaires et de qualité', 'Chef de produit DNUM') });
  assert.equal(await cell.getAttribute('aria-label'),
    'Piloter les sujets règlementaires et de qualité — Chef de produit DNUM : Pilote à attribuer : aucun responsable identifié aujourd\'hui');
  await page.getByRole('table', { name: 'Répartition issue de « Pourquoi le mode produit ? » : qui fait quoi' }).waitFor();
  const options = await page.getByRole('combobox', { name: 'Répartition ouverte' }).locator('option').allInnerTexts();
  assert.equal(options.length, 2, 'a new split, none overwritten');
  assertNoProblems(page);
});

test('Enter on an answer: no key can land on the next question before its first answer has the focus', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  const second = page.getByRole('radio', { name: 'La DNUM elle-même : le produit est fait par et pour la DNUM' });
  await second.check();
  // Enter and a look at the focus within one task, as fast as a key repeat: the view is
  // updated in place, so the focused second answer of question 1 must not stay focused as
  // the second answer of question 2.
  const focusedThen = await page.evaluate(async () => {
    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    for (let i = 0; i < 20; i++) await new Promise((resolve) => queueMicrotask(resolve));
    return document.activeElement.type === 'radio' ? document.activeElement.labels[0].innerText : 'aucune réponse';
  });
  await page.getByText('Question 2 sur 12').waitFor();
  const first = page.getByRole('radio').first();
  assert.ok(['aucune réponse', await first.evaluate((e) => e.labels[0].innerText)].includes(focusedThen), focusedThen);
  await page.waitForFunction(() => document.activeElement.type === 'radio');
  assert.equal(await first.evaluate((e) => e === document.activeElement), true, 'the first answer has the focus');
  assertNoProblems(page);
});

test('the result link reopens the same result in a fresh browser, without touching its answers', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  for (const answer of [1, 3, 0, 3, 2, 2, 2, 3, 2, 1, 2, 0]) {
    await page.getByRole('radio').nth(answer).check();
    await page.getByRole('button', { name: /^(Suivant|Voir la recommandation)$/ }).click();
  }
  const title = await heading1(page);
  assert.equal(title, 'Recommandation : un produit porté entièrement par la DNUM');
  const risks = await page.getByRole('region', { name: 'Les risques que court votre projet' }).getByRole('listitem').allInnerTexts();
  await page.getByRole('button', { name: 'Partager ce résultat' }).click();
  const link = await page.getByRole('textbox', { name: 'Lien du résultat (réponses comprises)' }).inputValue();
  assert.match(link, /\?vue=pourquoi#q1[A-Za-z0-9_-]+$/);
  await assertAccessible(page, 'wizard result with its link');

  const elsewhere = await openPage(app, '?vue=pourquoi');
  await elsewhere.getByRole('radio').nth(2).check();
  await elsewhere.getByRole('button', { name: 'Suivant' }).click();
  const ownProgress = await elsewhere.evaluate(() => localStorage.getItem('binome.questionnaire'));
  await elsewhere.goto(link);
  assert.equal(await heading1(elsewhere), title);
  await elsewhere.getByText('Ce résultat vient d\'un lien partagé', { exact: false }).waitFor();
  assert.deepEqual(await elsewhere.getByRole('region', { name: 'Les risques que court votre projet' }).getByRole('listitem').allInnerTexts(), risks);
  assert.equal(await elsewhere.evaluate(() => localStorage.getItem('binome.questionnaire')), ownProgress);
  // Taking the link's answers asks first, since there are answers of one's own.
  await elsewhere.getByRole('button', { name: 'Partir de ces réponses' }).click();
  await elsewhere.getByRole('dialog', { name: 'Confirmer' }).getByRole('button', { name: 'Annuler' }).click();
  assert.equal(await elsewhere.evaluate(() => localStorage.getItem('binome.questionnaire')), ownProgress);
  assertNoProblems(elsewhere);
});

test('answers in progress survive a reload, and can be changed at any time', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  await page.getByRole('radio', { name: 'La DNUM elle-même : le produit est fait par et pour la DNUM' }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByText('Question 2 sur 12').waitFor();
  // A new question starts unanswered, whatever was chosen on the previous one.
  assert.equal(await page.locator('input[type=radio]:checked').count(), 0);
  await page.getByRole('radio', { name: 'Sans objet : le produit est porté par la DNUM' }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByText('Question 3 sur 12').waitFor();
  await page.reload();
  await page.getByText('Question 3 sur 12').waitFor();
  await page.getByRole('button', { name: 'Précédent' }).click();
  assert.equal(await page.getByRole('radio', { name: 'Sans objet : le produit est porté par la DNUM' }).isChecked(), true);
  await page.getByRole('button', { name: 'Précédent' }).click();
  await page.getByRole('radio', { name: "Personne n'est encore nommé" }).check();
  for (let i = 0; i < 12; i++) await page.getByRole('button', { name: /^(Suivant|Voir la recommandation)$/ }).click();
  assert.equal(await heading1(page), "Recommandation : nommer d'abord un porteur métier et un sponsor");
  await page.getByRole('button', { name: 'Modifier mes réponses' }).click();
  await page.getByText('Question 1 sur 12').waitFor();
  assertNoProblems(page);
});

test('a wizard that can say no: a one-off is not product mode', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  for (let i = 0; i < 12; i++) {
    if (i === 3) await page.getByRole('radio', { name: /réalisation ponctuelle/ }).check();
    await page.getByRole('button', { name: /^(Suivant|Voir la recommandation)$/ }).click();
  }
  assert.equal(await heading1(page), 'Recommandation : le mode projet suffit pour cette réalisation ponctuelle');
  await page.getByText('Le mode produit n\'est pas ce qu\'il faut maintenant', { exact: false }).waitFor();
  assertNoProblems(page);
});

test('axe-core finds no violation on any step of the wizard', async () => {
  const page = await openPage(app, '?vue=pourquoi');
  for (let i = 0; i < 12; i++) {
    await page.getByText(`Question ${i + 1} sur 12`).waitFor();
    await assertAccessible(page, `wizard step ${i + 1}`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: /^(Suivant|Voir la recommandation)$/ }).click();
  }
  await page.getByRole('heading', { level: 1, name: /^Recommandation/ }).waitFor();
  await assertAccessible(page, 'wizard result');
  assertNoProblems(page);
});
