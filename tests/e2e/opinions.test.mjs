// Many voices in one workshop: the facilitator asks for opinions, three people answer on
// their phones, the facilitator pastes their links from a chat thread, sees where the team
// disagrees, sets the agreed levels by keyboard and saves the agreed split.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import {
  useApp, openBuilder, openPage, assertAccessible, assertNoProblems, savedSplits, fr, ARTEFACTS,
} from './support.mjs';

const app = useApp();
const PROJECTOR = { width: 1280, height: 720 };
const BUSINESS = 'Chef de produit métier';
const DNUM = 'Chef de produit DNUM';

/** The participant's cell button, by its accessible name (row — role : …). */
function cell(page, row, role) {
  return page.getByRole('button', { name: new RegExp(`^${row} — ${role}\\s: `) });
}

/** Sets levels (and comments) by touch, sends, and returns the opinion's link. */
async function give(page, name, choices) {
  if (name) await page.getByRole('textbox', { name: 'Votre nom ou vos initiales (facultatif)' }).fill(name);
  for (const [row, role, level, comment] of choices) {
    await cell(page, row, role).tap();
    const dialog = page.getByRole('dialog', { name: `${row} — ${role}` });
    await dialog.getByRole('radio', { name: level, exact: true }).check();
    if (comment) await dialog.getByRole('textbox', { name: 'Commentaire (facultatif)' }).fill(comment);
    await dialog.getByRole('button', { name: 'Terminer la modification' }).tap();
    await dialog.waitFor({ state: 'detached' });
  }
  await page.getByRole('button', { name: 'Envoyer mon avis' }).tap();
  const ready = page.getByRole('region', { name: fr('Votre avis est prêt : envoyez ce lien à la personne qui anime l’atelier.') });
  await ready.waitFor();
  return ready.getByRole('textbox', { name: 'Lien de votre avis' }).inputValue();
}

async function phone(link, viewport = { width: 390, height: 844 }) {
  const context = await app.browser.newContext({ viewport, isMobile: true, hasTouch: true });
  const page = await openPage(app, '', { context });
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: fr('Votre avis sur la répartition « Chefferie produit »') }).waitFor();
  return page;
}

test('three phones give their opinions; the projector shows where the team disagrees; the agreed split is saved', async () => {
  // The facilitator asks, from the builder.
  const host = await openBuilder(app, { viewport: PROJECTOR });
  const before = await savedSplits(host);
  await host.getByRole('button', { name: 'Recueillir les avis' }).click();
  const ask = host.getByRole('dialog', { name: 'Recueillir les avis' });
  assert.equal(await ask.getByRole('textbox', { name: 'Titre de la demande' }).inputValue(),
    fr('Votre avis sur la répartition « Chefferie produit »'));
  await ask.getByRole('img', { name: fr('Code QR de la demande d’avis') }).waitFor();
  const request = await ask.getByRole('textbox', { name: fr('Lien de la demande d’avis') }).inputValue();
  assert.match(request, /#d1[A-Za-z0-9_-]+$/);
  await assertAccessible(host, 'the request for opinions');

  // Three people answer alone, on their phones (one at 360 px).
  const lea = await phone(request);
  await assertAccessible(lea, 'giving an opinion on a phone');
  const leaFirst = await give(lea, 'Léa', [
    ['Suivi des devis', BUSINESS, 'Pilote'],
    ['Support utilisateur', DNUM, 'Pilote'],
  ]);
  assert.match(leaFirst, /#a1[A-Za-z0-9_-]+$/);
  await lea.screenshot({ path: `${ARTEFACTS}/opinion-phone.png`, fullPage: true });
  // A reload loses nothing; a change then a new send gives a new opinion.
  await lea.reload();
  await lea.getByText(fr('Votre avis est gardé dans ce navigateur : vous pouvez le modifier et le renvoyer.')).waitFor();
  assert.equal(await lea.getByRole('textbox', { name: 'Votre nom ou vos initiales (facultatif)' }).inputValue(), 'Léa');
  await cell(lea, 'Suivi des devis', BUSINESS).filter({ hasText: 'Pilote' }).waitFor();
  const leaSecond = await give(lea, '', [['Support utilisateur', DNUM, 'Participe']]);
  assert.notEqual(leaSecond, leaFirst);

  const marc = await phone(request, { width: 360, height: 740 });
  assert.equal(await marc.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0, 'no sideways scrolling at 360 px');
  const marcLink = await give(marc, 'Marc', [
    ['Suivi des devis', BUSINESS, 'Informé'],
    ['Support utilisateur', DNUM, 'Pilote'],
  ]);
  // Zoé proposes a role the split lacks, and a responsibility she then withdraws.
  const zoe = await phone(request);
  const propose = zoe.getByRole('region', { name: 'Proposer un ajout' });
  await propose.getByRole('radio', { name: 'Une responsabilité' }).check();
  await propose.getByRole('combobox', { name: 'Groupe de la responsabilité' })
    .selectOption({ label: 'Autres tâches liées à la réussite du produit' });
  await propose.getByRole('textbox', { name: 'Intitulé' }).fill('Recette');
  await propose.getByRole('button', { name: 'Ajouter à mon avis' }).tap();
  await cell(zoe, 'Recette', DNUM).waitFor();
  await propose.getByRole('button', { name: fr('Retirer « Recette »') }).tap();
  await cell(zoe, 'Recette', DNUM).waitFor({ state: 'detached' });
  await propose.getByRole('radio', { name: 'Un rôle' }).check();
  await propose.getByRole('textbox', { name: 'Intitulé' }).fill('Designer');
  await propose.getByRole('button', { name: 'Ajouter à mon avis' }).tap();
  await propose.getByText(fr('Rôle « Designer »')).waitFor();
  await propose.getByRole('textbox', { name: 'Intitulé' }).fill('designer ');
  await propose.getByRole('button', { name: 'Ajouter à mon avis' }).tap();
  await propose.getByText(fr('Cet intitulé est déjà dans la répartition.')).waitFor();
  await assertAccessible(zoe, 'an opinion with a proposal');
  const zoeLink = await give(zoe, 'Zoé', [
    ['Suivi des devis', BUSINESS, 'Participe', 'avec le bureau des marchés'],
    ['Support utilisateur', DNUM, 'Pilote'],
    ['Suivi des devis', 'Designer', 'Participe'],
  ]);
  for (const page of [lea, marc, zoe]) assertNoProblems(page);

  // The facilitator pastes a chat thread: the links amid the talk, Léa twice, one damaged.
  const damaged = marcLink.replace(/#a1(.{6})(.{4})/, (_, a) => `#a1${a}XXXX`);
  const thread = [
    `[10:02] Léa : voilà ${leaFirst}`,
    `[10:03] Marc : ${marcLink} (et une copie ratée : ${damaged})`,
    `[10:04] Zoé : mon avis → ${zoeLink}.`,
    `[10:05] Léa : pardon, le bon : ${leaSecond}`,
  ].join('\n');
  await ask.getByRole('button', { name: fr('Rassembler les avis reçus') }).click();
  await host.getByRole('heading', { level: 1, name: fr('Avis reçus') }).waitFor();
  await host.getByRole('textbox', { name: fr('Liens des avis reçus') }).fill(thread);
  await host.getByRole('button', { name: 'Ajouter ces avis' }).click();
  const status = host.locator('.gather-result');
  await status.getByText(fr('4 avis ajoutés.')).waitFor();
  await status.getByText(/n’a pas pu être lu/).waitFor();
  await status.getByText(fr('Léa a envoyé deux avis : le plus récent est gardé.')).waitFor();
  await host.getByRole('heading', { name: '3 avis.' }).waitFor();

  // Counts per cell, in words; the most divided cell first.
  const devis = host.getByRole('button', { name: new RegExp(`^Suivi des devis — ${BUSINESS}\\s: Partagé, `) });
  assert.equal(await devis.getAttribute('aria-label'),
    fr(`Suivi des devis — ${BUSINESS} : Partagé, Pilote 1 Léa, Participe 1 Zoé, Informé 1 Marc`));
  const support = host.getByRole('button', { name: new RegExp(`^Support utilisateur — ${DNUM}\\s: Majorité, `) });
  assert.equal(await support.getAttribute('aria-label'), fr(`Support utilisateur — ${DNUM} : Majorité, Pilote 2 Marc, Zoé, Participe 1 Léa`));
  await support.getByText('Marc, Zoé').waitFor();
  await host.getByRole('button', { name: 'Case partagée suivante (D)' }).click();
  await host.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Suivi des devis — Chef de produit métier'));
  // By keyboard: 2 sets the agreed level (AZERTY's é, by its physical key), D the next cell.
  await host.keyboard.press('Digit2');
  await host.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.endsWith('Convenu\u00a0: Pilote'));
  await host.keyboard.press('d');
  await host.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Support utilisateur — Chef de produit DNUM'));
  // Zoé's comment is one click away.
  await devis.click();
  const details = host.getByRole('dialog', { name: `Suivi des devis — ${BUSINESS}` });
  await details.getByText('avec le bureau des marchés').waitFor();
  await assertAccessible(host, 'a cell of the consensus, in full');
  await details.getByRole('button', { name: 'Terminer la modification' }).click();
  await assertAccessible(host, 'the consensus matrix');
  await host.getByRole('table', { name: fr('Avis de l’équipe, case par case') }).scrollIntoViewIfNeeded();
  await host.screenshot({ path: `${ARTEFACTS}/consensus-1280x720.png` });

  // The export gives each cell the agreed level and the opinions' spread.
  await host.getByRole('button', { name: 'Exporter avec les avis' }).click();
  const exporting = host.getByRole('dialog', { name: 'Exporter la répartition convenue avec les avis' });
  const markdown = await exporting.getByRole('textbox', { name: 'Aperçu' }).inputValue();
  assert.ok(markdown.includes(fr('| Suivi des devis | 🙆\u200d♂️ Pilote (avis : Pilote 1, Participe 1, Informé 1 — partagé) |')), markdown);
  await exporting.getByRole('radio', { name: 'CSV, séparateur point-virgule (tableur en français)' }).check();
  const csv = await exporting.getByRole('textbox', { name: 'Aperçu' }).inputValue();
  assert.ok(csv.includes(fr('Suivi des devis;;Pilote;avis : Pilote 1, Participe 1, Informé 1 — partagé')), csv);
  await assertAccessible(host, 'the export of the opinions');
  await exporting.getByRole('button', { name: 'Fermer' }).click();

  // Zoé's role is a proposal, accepted.
  await host.getByRole('checkbox', { name: fr('Rôle « Designer », proposé par Zoé') }).check();
  // A reload loses neither the agreed level nor the accepted proposal.
  await host.reload();
  await host.getByRole('heading', { name: '3 avis.' }).waitFor();
  await host.getByRole('button', { name: new RegExp(`^Suivi des devis — ${BUSINESS}\\s: Partagé, .*Convenu\\s: Pilote$`) }).waitFor();
  assert.ok(await host.getByRole('checkbox', { name: fr('Rôle « Designer », proposé par Zoé') }).isChecked());

  // The agreed split is a new one; the facilitator's own stays as it was.
  await host.getByRole('button', { name: 'Enregistrer la répartition convenue' }).click();
  await host.getByRole('heading', { level: 1, name: 'Répartition des responsabilités' }).waitFor();
  await host.getByRole('table', { name: /Chefferie produit — convenue le \d{1,2}(er)?\s\S+ \d{4}/ }).waitFor();
  await host.getByRole('button', { name: new RegExp(`^Suivi des devis — ${BUSINESS}\\s: Pilote`) }).waitFor();
  await host.getByRole('button', { name: new RegExp(`^Support utilisateur — ${DNUM}\\s: Pilote`) }).waitFor();
  const after = await savedSplits(host);
  const agreed = after.find((s) => s.name.startsWith('Chefferie produit — convenue le'));
  assert.ok(agreed, 'the agreed split is saved');
  assert.deepEqual(agreed.roles.map((r) => r.label), [BUSINESS, DNUM, 'Designer']);
  assert.equal(agreed.groups[1].responsibilities[0].cells[2].level, 'contributes', 'the proposed role with the level its proposer gave');
  for (const own of before) assert.ok(after.some((s) => JSON.stringify(s) === JSON.stringify(own)), 'no split replaced');
  // The facilitator's own split, if it was saved, still says what it said.
  for (const own of after.filter((s) => s.name === 'Chefferie produit')) {
    assert.equal(own.groups[1].responsibilities[0].cells[0].level ?? 'none', 'none');
  }
  assertNoProblems(host);
});

test('an opinion link opened in the facilitator’s browser joins the others; a request in workshop mode by its key', async () => {
  const host = await openBuilder(app, { viewport: PROJECTOR });
  await host.getByRole('button', { name: 'Mode atelier' }).click();
  await host.getByRole('button', { name: /^Incarner la vision — / }).first().focus();
  await host.keyboard.press('a');
  const ask = host.getByRole('dialog', { name: 'Recueillir les avis' });
  await ask.getByRole('radio', { name: fr('d’une grille vide (mêmes rôles et responsabilités)') }).check();
  const request = await ask.getByRole('textbox', { name: fr('Lien de la demande d’avis') }).inputValue();
  await host.keyboard.press('Escape');
  await ask.waitFor({ state: 'detached' });

  const someone = await phone(request);
  await someone.getByText('La grille part vide : à vous de la remplir.'.replace(' :', '\u00a0:')).waitFor();
  await cell(someone, 'Incarner la vision', BUSINESS).filter({ hasText: /^$/ }).waitFor();
  // Keys work on a phone's keyboard too: 2 on a cell sets Pilote.
  await cell(someone, 'Incarner la vision', BUSINESS).focus();
  await someone.keyboard.press('2');
  const link = await give(someone, '', []);
  await host.goto(link);
  await host.getByRole('heading', { level: 1, name: fr('Avis reçus') }).waitFor();
  await host.getByRole('heading', { name: '1 avis.' }).waitFor();
  await host.getByRole('listitem').filter({ hasText: /^Anonyme$/ }).waitFor();
  assert.equal(new URL(host.url()).hash, '', 'the opinion leaves the address');

  // A second opinion comes as a saved mail: imported as a file, with a chat's channel name
  // around it that is not a link.
  const other = await phone(request);
  await cell(other, 'Incarner la vision', BUSINESS).focus();
  await other.keyboard.press('4');
  const second = await give(other, 'Sam', []);
  await writeFile(`${ARTEFACTS}/avis-sam.txt`, `Posté dans #atelier-roles-dnum :\n${second}\n`);
  const chooser = host.waitForEvent('filechooser');
  await host.getByRole('button', { name: 'Importer des fichiers' }).click();
  await (await chooser).setFiles(`${ARTEFACTS}/avis-sam.txt`);
  await host.getByRole('heading', { name: '2 avis.' }).waitFor();
  assert.equal(await host.locator('.gather-result .problems li').count(), 0, 'a channel name is not a damaged link');

  // Opened again on the agreed view's split, the request is the same one: its link still counts.
  await host.goto(`${app.url}?vue=repartition`);
  await host.getByRole('button', { name: 'Recueillir les avis' }).click();
  const again = host.getByRole('dialog', { name: 'Recueillir les avis' });
  assert.equal(await again.getByRole('textbox', { name: fr('Lien de la demande d’avis') }).inputValue(), request);
  await host.screenshot({ path: `${ARTEFACTS}/ask-again.png` });
  await again.getByRole('button', { name: fr('Nouvelle demande (les 2 avis reçus ne seront plus comptés)') }).waitFor();

  // An opinion opened in a browser where no request was made stays in the address, and says so.
  const elsewhere = await openPage(app, '');
  await elsewhere.goto(second);
  await elsewhere.getByRole('alert').filter({ hasText: 'aucune demande d’avis n’a été faite dans ce navigateur' }).waitFor();
  assert.match(elsewhere.url(), /#a1/);
  assertNoProblems(host);
  assertNoProblems(someone);
  assertNoProblems(other);
});
