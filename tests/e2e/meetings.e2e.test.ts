import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { Output } from '../../shared/contract/index'
import { formatDecisionCode } from '../../shared/domain/decision-types'
import { todayIso } from '../../shared/domain/iso-date'
import type { Vault } from '../../db/vault/vault'
import { checkScreen } from './harness/check-screen'
import { expectFocused } from './harness/keyboard'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { descriptionOf, heading, unlockWith } from './harness/ui'
import { shortDate } from '../../renderer/src/lib/dates'
import { useTafelwerk } from './harness/use-tafelwerk'
import { plainCase } from '../support/plain-case'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Acht actieve agenda’s aan tafel'
const YEAR = new Date().getFullYear()
/** Decisions are taken during or after a meeting, so it is held today. */
const MEETING_DATE = todayIso()

const tafelwerk = useTafelwerk()

const openVault = {
  prepare: async (vault: Vault) => {
    await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
  },
}

const menuLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true })

async function call<C extends string>(
  app: TafelwerkApp,
  channel: C,
  input: unknown,
): Promise<C extends keyof Outputs ? Outputs[C] : unknown> {
  const envelope = (await app.call(channel, input)) as
    { ok: true; value: never } | { ok: false; error: { message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}
type Outputs = {
  [
    C in
      | 'case:create'
      | 'case:get'
      | 'meeting:get'
      | 'meeting:create'
      | 'reference:list'
      | 'decision:record'
      | 'meeting:list'
      | 'agenda:add-cases'
      | 'decision:correct'
      | 'decision:withdraw'
      | 'action:create'
  ]: Output<C>
}

async function tableDId(app: TafelwerkApp): Promise<string> {
  const tables = await call(app, 'reference:list', { kind: 'table', includeArchived: false })
  const tableD = tables.rows.find((row) => 'code' in row && row.code === 'D')
  if (!tableD) throw new Error('table D missing')
  return tableD.id
}

/** A case of table D in phase signaal, seeded through the dispatcher. */
async function seedCase(app: TafelwerkApp, alias: string) {
  return call(
    app,
    'case:create',
    plainCase(await tableDId(app), alias, { registeredOn: todayIso(), retentionUntil: `${String(YEAR + 5)}-01-01` }),
  )
}

async function expectChecked(locator: ReturnType<Page['getByLabel']>) {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await locator.isChecked()) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`Not checked: ${locator.toString()}`)
}

describe('Vergaderingen', () => {
  describe('plan a meeting, build its agenda by keyboard, run it in meeting mode, find it all after a restart', () => {
    const { step } = tafelwerk.scenario({ ...openVault, route: 'vergaderingen' })
    let stilleHaven: Awaited<ReturnType<typeof seedCase>>
    let meetingId = ''

    step('a new meeting from the template, on an empty overview', async (app) => {
      const { page } = app
      stilleHaven = await seedCase(app, 'Stille Haven')

      await heading(page, 'Vergaderingen')
      await page.getByText('Er zijn geen komende vergaderingen.').waitFor()
      await checkScreen(app, 'vergaderingen: leeg overzicht')

      // New meeting from the template.
      await page.getByRole('link', { name: 'Nieuwe vergadering' }).click()
      await heading(page, 'Nieuwe vergadering')
      await page.getByLabel('Ondermijningstafel').selectOption({ label: 'D – OMT D (Delft en Westland)' })
      await page.getByLabel('Datum').fill(MEETING_DATE)
      await page.getByLabel('Begintijd').fill('09:30')
      await page.getByLabel('Locatie', { exact: true }).fill('Stadhuis Delft, zaal 2')
      await page.getByLabel('Voorzitter').fill('A. de Vries')
      await page.getByLabel('Standaardagenda (sjabloon)').check()
      await checkScreen(app, 'nieuwe vergadering')
      await page.getByRole('button', { name: 'Vergadering aanmaken' }).click()
      const title = page.getByRole('heading', { level: 1, name: /OMT D/u })
      await title.waitFor()
      await page.getByRole('list', { name: 'Agenda' }).getByRole('listitem').first().waitFor()
      expect(await page.getByRole('list', { name: 'Agenda' }).getByRole('listitem').count()).toBe(10)
      await checkScreen(app, 'vergadering: agenda')
      meetingId = page.url().split('/').pop() ?? ''
    })

    step(
      'an item linked to the case, added at the end and moved up by keyboard; Ctrl+Z takes the last move back',
      async (app) => {
        const { page } = app
        // An item linked to the case, added at the end (11), then moved up by keyboard.
        await page.getByLabel('Titel van het nieuwe agendapunt').fill('Voorstel start casus Stille Haven')
        await page.getByLabel('Soort', { exact: true }).last().selectOption({ label: 'Voorstellen start casus' })
        await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click()
        const agenda = page.getByRole('list', { name: 'Agenda' })
        const added = agenda.getByRole('listitem', { name: 'Agendapunt 11: Voorstel start casus Stille Haven' })
        await expectFocused(added)
        await added.getByRole('button', { name: 'Bewerken agendapunt 11' }).click()
        const editor = page.getByRole('group', { name: 'Agendapunt 11 bewerken' })
        await editor.getByLabel('Casus zoeken').fill('Stille')
        await editor
          .getByLabel('Gekoppelde casus')
          .locator('option', { hasText: 'Stille Haven' })
          .waitFor({ state: 'attached' })
        await editor
          .getByLabel('Gekoppelde casus')
          .selectOption({ label: `${stilleHaven.code} Stille Haven (Signaal)` })
        await agenda.getByRole('link', { name: new RegExp(stilleHaven.code, 'u') }).waitFor()
        await editor.getByLabel('Verslagtekst').fill('De gemeente licht het signaal toe.')
        await page
          .getByRole('status')
          .filter({ hasText: /^Opgeslagen om/u })
          .waitFor()
        await checkScreen(app, 'vergadering: agendapunt bewerken')
        await added.getByRole('button', { name: 'Sluiten agendapunt 11' }).click()

        await added.focus()
        await page.keyboard.press('Alt+ArrowUp')
        const moved = agenda.getByRole('listitem', { name: 'Agendapunt 10: Voorstel start casus Stille Haven' })
        await moved.waitFor()
        await expectFocused(moved)
        await page.getByText('Agendapunt 11 verplaatst naar positie 10').waitFor({ state: 'attached' })
        await page.keyboard.press('Alt+ArrowUp')
        await page.keyboard.press('Alt+ArrowUp')
        await agenda.getByRole('listitem', { name: 'Agendapunt 11: Rondvraag en sluiting' }).waitFor()
        await agenda.getByRole('listitem', { name: 'Agendapunt 8: Voorstel start casus Stille Haven' }).waitFor()
        // Ctrl+Z takes the last move back.
        await page.keyboard.press('Control+z')
        await agenda.getByRole('listitem', { name: 'Agendapunt 9: Voorstel start casus Stille Haven' }).waitFor()
        await checkScreen(app, 'vergadering: na verplaatsen')
      },
    )

    step('a deleted item comes back with Ctrl+Z; attendance by arrow keys, with a guest', async (app) => {
      const { page } = app
      const agenda = page.getByRole('list', { name: 'Agenda' })
      // Delete an item, then Ctrl+Z brings it back.
      const rondvraag = agenda.getByRole('listitem', { name: 'Agendapunt 11: Rondvraag en sluiting' })
      await rondvraag.getByRole('button', { name: 'Verwijderen agendapunt 11' }).click()
      await rondvraag.waitFor({ state: 'detached' })
      await page.keyboard.press('Control+z')
      await rondvraag.waitFor()

      // Attendance: radio buttons per invitee, chosen with the arrow keys.
      const politie = page.getByRole('group', { name: 'Aanwezigheid Politie' })
      await politie.getByLabel('Aanwezig').check()
      await page.getByText('1 aanwezig', { exact: false }).waitFor()
      const om = page.getByRole('group', { name: 'Aanwezigheid OM' })
      await om.getByLabel('Aanwezig').focus()
      await page.keyboard.press('Space')
      await page.getByText('2 aanwezig', { exact: false }).waitFor()
      await om.getByLabel('Afwezig').focus()
      await page.keyboard.press('Space')
      await expectChecked(om.getByLabel('Afwezig'))
      await page.getByLabel('Naam van de gast').fill('J. Jansen')
      await page.getByLabel('Organisatie van de gast').fill('HEIT')
      await page.getByRole('button', { name: 'Gast toevoegen' }).click()
      await page.getByRole('group', { name: 'Aanwezigheid J. Jansen (HEIT)' }).getByLabel('Aanwezig').check()
      await page.getByText('2 aanwezig', { exact: false }).waitFor()
      await checkScreen(app, 'vergadering: aanwezigheid')
    })

    step(
      'meeting mode: J and K between items, two decisions and an action, a refusal from the vault at the form',
      async (app) => {
        const { page } = app
        // The case needs "start analyse" first: recorded through the dispatcher on the linked item.
        const detail = await call(app, 'meeting:get', { id: meetingId })
        const caseItem = detail.items.find((item) => item.case?.id === stilleHaven.id)
        if (!caseItem) throw new Error('linked item missing')
        await call(app, 'decision:record', {
          agendaItemId: caseItem.id,
          values: { type: 'start-analyse', caseId: stilleHaven.id, text: '', refersToDecisionId: null },
        })

        // Meeting mode: J moves to the next item, K back; the decisions and the action are entered here.
        await page.getByRole('link', { name: 'Vergadermodus' }).click()
        await heading(page, 'Vergadermodus')
        await page.getByRole('heading', { level: 2, name: /Opening/u }).waitFor()
        await checkScreen(app, 'vergadermodus')
        for (let step = 0; step < 9; step++) await page.keyboard.press('j')
        await page.keyboard.press('k')
        await page.getByRole('heading', { level: 2, name: '9 Voorstel start casus Stille Haven' }).waitFor()
        await page.keyboard.press('Alt+PageDown')
        await page.getByRole('heading', { level: 2, name: /^10 /u }).waitFor()
        await page.keyboard.press('Alt+PageUp')
        await page.getByRole('heading', { level: 2, name: '9 Voorstel start casus Stille Haven' }).waitFor()

        const decisionForm = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 9' })
        await decisionForm.getByLabel('Soort besluit').selectOption({ label: 'Start casus' })
        await decisionForm.getByLabel('Betekenisvol').check()
        await decisionForm.getByRole('button', { name: 'Besluit vastleggen' }).click()
        await page.getByText(/Start casus – .*: fase Analyse.* → Gestart/u).waitFor()

        // A refusal from the vault shows at the form: start casus twice.
        await decisionForm.getByLabel('Soort besluit').selectOption({ label: 'Start casus' })
        await decisionForm.getByRole('button', { name: 'Besluit vastleggen' }).click()
        await decisionForm.getByRole('alert').filter({ hasText: /\S/u }).waitFor()
        await checkScreen(app, 'vergadermodus: besluit geweigerd')

        await decisionForm.getByLabel('Soort besluit').selectOption({ label: 'Subject/object toevoegen' })
        await decisionForm.getByLabel('Nieuw subject: naam van de persoon').fill('Karel Kuipers')
        await decisionForm.getByRole('button', { name: 'Besluit vastleggen' }).click()
        await page.getByText(/Karel Kuipers toegevoegd/u).waitFor()

        const actionForm = page.getByRole('form', { name: 'Actiepunt bij agendapunt 9' })
        await actionForm.getByLabel('Actie', { exact: true }).fill('Politie levert informatiebeeld aan')
        await actionForm.getByLabel('Eigenaar (partner)').selectOption({ label: 'Politie' })
        await actionForm.getByLabel('Uiterste datum (optioneel)').fill(`${String(YEAR + 1)}-04-01`)
        await actionForm.getByRole('button', { name: 'Actiepunt vastleggen' }).click()
        await page.getByText('Politie: Politie levert informatiebeeld aan').waitFor()
        await page.getByLabel('Verslagtekst bij agendapunt 9').fill('De OMT start de casus.')
        await page.getByLabel('Verslagtekst bij agendapunt 9').blur()
        await page
          .getByRole('status')
          .filter({ hasText: /^Opgeslagen om/u })
          .waitFor()
        await checkScreen(app, 'vergadermodus: besluiten en actiepunt')
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({ path: resolve(import.meta.dirname, '../../docs/screenshot-vergadermodus.png') })
      },
    )

    step('the action list filters by partner and status, and marks the action done', async (app) => {
      const { page } = app
      // The action list: filtered by partner and status.
      await menuLink(page, 'Actiepunten').click()
      await heading(page, 'Actiepunten')
      await page.getByRole('cell', { name: 'Politie levert informatiebeeld aan' }).waitFor()
      await page.getByLabel('Partner').selectOption({ label: 'OM' })
      await page.getByText('Geen actiepunten met deze filters.').waitFor()
      await page.getByLabel('Partner').selectOption({ label: 'Politie' })
      await page.getByRole('status').filter({ hasText: '1 actiepunt, waarvan 0 te laat.' }).waitFor()
      await checkScreen(app, 'actiepunten')
      // Marked done in its row: the row shows it and the change is announced.
      const actionStatus = page.getByLabel('Status van actiepunt Politie levert informatiebeeld aan')
      await actionStatus.selectOption({ label: 'Gereed' })
      await page
        .getByTestId('announcer')
        .getByText('Actiepunt ‘Politie levert informatiebeeld aan’: status Gereed.')
        .waitFor({ state: 'attached' })
      expect(await actionStatus.inputValue()).toBe('gereed')
      await checkScreen(app, 'actiepunten: gereed gemeld')
    })

    step('the case follows the decisions, and its page shows them with the agenda and the action', async (app) => {
      const { page } = app
      const title = page.getByRole('heading', { level: 1, name: /OMT D/u })
      // The case's phase and subjects follow the decisions.
      const afterwards = await call(app, 'case:get', { id: stilleHaven.id })
      expect(afterwards.phase.code).toBe('gestart')
      expect(afterwards.kind).toBe('betekenisvol')
      expect(afterwards.subjects.filter((row) => row.involved).map((row) => row.subject.title)).toEqual([
        'Karel Kuipers',
      ])

      // The case page shows the same: new phase, the added subject, and its record in the meetings.
      await page.evaluate((id) => (window.location.hash = `#/casussen/${id}`), stilleHaven.id)
      await heading(page, `${stilleHaven.code} Stille Haven`)
      await page.getByRole('definition').getByText('Gestart (plan van aanpak)', { exact: true }).waitFor()
      await page.getByRole('definition').getByText('Betekenisvolle casus', { exact: true }).waitFor()
      await page
        .getByRole('region', { name: 'Subjecten en objecten' })
        .getByRole('link', { name: 'Karel Kuipers' })
        .waitFor()
      const analysisCode = formatDecisionCode('D', YEAR, 1)
      const startCode = formatDecisionCode('D', YEAR, 2)
      const subjectCode = formatDecisionCode('D', YEAR, 3)
      const decisions = page.getByRole('region', { name: 'Besluiten' })
      const decisionRow = (code: string) =>
        decisions.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) })
      await decisionRow(subjectCode).getByText('Karel Kuipers toegevoegd').waitFor()
      await decisionRow(startCode).getByText('Fase Analyse (informatiebeeld) → Gestart (plan van aanpak)').waitFor()
      await decisionRow(startCode).getByText('Lokale casus → Betekenisvolle casus').waitFor()
      await decisionRow(analysisCode).getByText('Fase Signaal → Analyse (informatiebeeld)').waitFor()
      expect(await decisions.getByRole('row').count()).toBe(4)
      expect(await decisionRow(startCode).getByRole('link').getAttribute('href')).toBe(`#/vergaderingen/${meetingId}`)
      // The phase timeline names the decision behind each change.
      await page
        .getByRole('region', { name: 'Fasen' })
        .getByRole('listitem')
        .filter({ hasText: 'Gestart (plan van aanpak)' })
        .getByRole('link', { name: startCode })
        .waitFor()
      const appearances = page.getByRole('region', { name: 'Op de agenda' })
      const appearance = appearances.getByRole('row').filter({ hasText: '9 Voorstel start casus Stille Haven' })
      await appearance.getByText('Gepland', { exact: true }).waitFor()
      expect(
        await appearance.getByRole('link', { name: `Vergadering ${shortDate(MEETING_DATE)}` }).getAttribute('href'),
      ).toBe(`#/vergaderingen/${meetingId}`)
      const caseActions = page.getByRole('region', { name: 'Actiepunten' })
      await caseActions
        .getByRole('row')
        .filter({ hasText: 'Politie levert informatiebeeld aan' })
        .getByText('Gereed', { exact: true })
        .waitFor()
      await checkScreen(app, 'casus: besluiten, agenda en actiepunten')
      // The decision number leads to its meeting.
      await decisionRow(subjectCode).getByRole('link', { name: subjectCode }).click()
      await title.waitFor()
    })

    step('a second meeting of the table at the same date and time is refused at the field', async (app) => {
      const { page } = app
      // Two meetings of one table at one date and time: a Dutch error at the field.
      await menuLink(page, 'Vergaderingen').click()
      await heading(page, 'Vergaderingen')
      await page.getByRole('link', { name: 'Nieuwe vergadering' }).click()
      await heading(page, 'Nieuwe vergadering')
      await page.getByLabel('Ondermijningstafel').selectOption({ label: 'D – OMT D (Delft en Westland)' })
      await page.getByLabel('Datum').fill(MEETING_DATE)
      await page.getByLabel('Begintijd').fill('09:30')
      await page.getByRole('button', { name: 'Vergadering aanmaken' }).click()
      await page.getByText('Niet alle velden zijn juist ingevuld.').or(page.locator('.field__error')).first().waitFor()
      await expectFocused(page.locator('[aria-invalid="true"]').first())
      const invalid = page.locator('[aria-invalid="true"]').first()
      expect(await descriptionOf(invalid)).toMatch(/^Fout: /u)
      await checkScreen(app, 'nieuwe vergadering met foutmelding')
    })

    step('after a restart, the meeting is as left', async (app) => {
      // Restart on the same vault: everything as left.
      await app.restart(`vergaderingen/${meetingId}`)
      const again = app.page
      await unlockWith(again, PASSPHRASE)
      const agendaAgain = again.getByRole('list', { name: 'Agenda' })
      const itemAgain = agendaAgain.getByRole('listitem', { name: 'Agendapunt 9: Voorstel start casus Stille Haven' })
      await itemAgain.waitFor()
      expect(await agendaAgain.locator(':scope > li').count()).toBe(11)
      await itemAgain.getByText(/Start casus – .*: fase Analyse.* → Gestart/u).waitFor()
      await itemAgain.getByText(/Karel Kuipers toegevoegd/u).waitFor()
      expect(await again.getByRole('group', { name: 'Aanwezigheid Politie' }).getByLabel('Aanwezig').isChecked()).toBe(
        true,
      )
      expect(await again.getByRole('group', { name: 'Aanwezigheid OM' }).getByLabel('Afwezig').isChecked()).toBe(true)
      await again.getByRole('button', { name: 'Bewerken agendapunt 9' }).click()
      expect(
        await again.getByRole('group', { name: 'Agendapunt 9 bewerken' }).getByLabel('Verslagtekst').inputValue(),
      ).toBe('De OMT start de casus.')
      await checkScreen(app, 'vergadering na herstart')
    })

    step('held, the minutes adopted after confirmation: the agenda is read-only, an erratum is added', async (app) => {
      const again = app.page
      // Held, then the minutes adopted through the confirmation dialog: the agenda is read-only, errata take over.
      await again.getByRole('button', { name: 'Sluiten agendapunt 9' }).click()
      await again.getByLabel('Status', { exact: true }).first().selectOption({ label: 'Gehouden' })
      await again.getByRole('button', { name: 'Verslag vaststellen' }).click()
      const adoptDialog = again.getByRole('dialog', { name: 'Verslag vaststellen' })
      await adoptDialog
        .getByText('Na vaststellen is het verslag alleen-lezen; latere wijzigingen gaan als erratum.')
        .waitFor()
      await checkScreen(app, 'verslag vaststellen: bevestiging')
      await adoptDialog.getByRole('button', { name: 'Verslag vaststellen' }).click()
      await again
        .getByText('Het verslag van deze vergadering is vastgesteld; de agenda kan niet meer veranderen.')
        .waitFor()
      await adoptDialog.waitFor({ state: 'detached' })
      await expectFocused(again.getByRole('heading', { level: 2, name: 'Verslag', exact: true }))
      expect(await again.getByRole('button', { name: 'Bewerken agendapunt 9' }).count()).toBe(0)
      expect(await again.getByRole('link', { name: 'Verslag en besluitenlijst exporteren' }).getAttribute('href')).toBe(
        `#/exporteren/${meetingId}`,
      )
      await checkScreen(app, 'vergadering: verslag vastgesteld')
      await again.getByLabel('Tekst van het erratum').fill('Bij agendapunt 9 was ook HEIT aanwezig.')
      await again.getByRole('button', { name: 'Erratum toevoegen' }).click()
      await again
        .getByRole('list', { name: 'Errata' })
        .getByText(/Bij agendapunt 9 was ook HEIT aanwezig\./u)
        .waitFor()
      await checkScreen(app, 'vergadering: erratum toegevoegd')
    })
  })
  test('the case page marks corrected and withdrawn decisions and overdue actions', async () => {
    const app = await tafelwerk.start({ ...openVault, route: 'casussen' })
    const { page } = app
    const groeneLoods = await seedCase(app, 'Groene Loods')
    const meeting = await call(app, 'meeting:create', {
      tableId: await tableDId(app),
      values: { date: MEETING_DATE, startTime: '09:30', location: '', chair: null, secretary: null, numberPrefix: '' },
      source: 'sjabloon',
    })
    const [item] = (await call(app, 'agenda:add-cases', { meetingId: meeting.id, caseIds: [groeneLoods.id] })).added
    if (!item) throw new Error('case item missing')
    const analysis = await call(app, 'decision:record', {
      agendaItemId: item.id,
      values: { type: 'start-analyse', caseId: groeneLoods.id, text: '', refersToDecisionId: null },
    })
    await call(app, 'decision:correct', {
      id: analysis.id,
      values: {
        type: 'start-analyse',
        caseId: groeneLoods.id,
        text: 'De OMT laat de politie een informatiebeeld maken.',
        refersToDecisionId: null,
      },
      note: 'Tekst aangevuld',
    })
    const held = await call(app, 'decision:record', {
      agendaItemId: item.id,
      values: {
        type: 'aanhouden',
        caseId: groeneLoods.id,
        reason: 'Wacht op de gemeente.',
        text: '',
        refersToDecisionId: null,
      },
    })
    await call(app, 'decision:withdraw', { id: held.id, note: 'Per vergissing vastgelegd' })
    const politie = (await call(app, 'reference:list', { kind: 'partner', includeArchived: false })).rows.find(
      (row) => 'shortName' in row && row.shortName === 'Politie',
    )
    if (!politie) throw new Error('partner Politie missing')
    await call(app, 'action:create', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      decisionId: analysis.id,
      values: {
        text: 'Politie maakt informatiebeeld',
        ownerPartnerId: politie.id,
        ownerPerson: 'J. de Boer',
        dueDate: `${String(YEAR - 1)}-02-01`,
        caseId: null,
      },
    })

    await page.evaluate((id) => (window.location.hash = `#/casussen/${id}`), groeneLoods.id)
    await heading(page, `${groeneLoods.code} Groene Loods`)
    await page.getByRole('definition').getByText('Analyse (informatiebeeld)', { exact: true }).waitFor()
    const decisions = page.getByRole('region', { name: 'Besluiten' })
    const analysisRow = decisions
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: analysis.code, exact: true }) })
    await analysisRow.getByText('Gecorrigeerd', { exact: true }).waitFor()
    await analysisRow.getByText('De OMT laat de politie een informatiebeeld maken.').waitFor()
    const heldRow = decisions.getByRole('row').filter({ has: page.getByRole('link', { name: held.code, exact: true }) })
    await heldRow.getByText('Ingetrokken', { exact: true }).waitFor()
    await heldRow.getByText('Teruggedraaid', { exact: true }).waitFor()
    const actionRow = page
      .getByRole('region', { name: 'Actiepunten' })
      .getByRole('row')
      .filter({ hasText: 'Politie maakt informatiebeeld' })
    await actionRow.getByText(`01-02-${String(YEAR - 1)} – te laat`).waitFor()
    await actionRow.getByText('Politie (J. de Boer)').waitFor()
    await actionRow.getByText(`Bij besluit ${analysis.code}`).waitFor()
    await page.getByRole('region', { name: 'Op de agenda' }).getByText(`4.1 ${groeneLoods.code} Groene Loods`).waitFor()
    await checkScreen(app, 'casus: gecorrigeerd en ingetrokken besluit, actiepunt te laat')
  })
})
