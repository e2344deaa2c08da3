import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { Output } from '../../shared/contract/index'
import { todayIso } from '../../shared/domain/iso-date'
import { KVK_MESSAGE } from '../../shared/domain/subject'
import type { Vault } from '../../db/vault/vault'
import { checkScreen } from './harness/check-screen'
import { expectFocused } from './harness/keyboard'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { descriptionOf, heading, unlockWith } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { plainCase } from '../support/plain-case'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Besluiten blijven bewaard, ook ingetrokken'
const TODAY = todayIso()
const YEAR = TODAY.slice(0, 4)
const code = (number: number) => `OMT-D ${YEAR}-${String(number).padStart(3, '0')}`

const tafelwerk = useTafelwerk()

const openVault = {
  prepare: async (vault: Vault) => {
    await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
  },
}

type Outputs = {
  [
    C in
      | 'case:create'
      | 'case:get'
      | 'meeting:create'
      | 'meeting:get'
      | 'reference:list'
      | 'agenda:add'
      | 'meeting:adopt-minutes'
      | 'subject:create'
      | 'subject:suggest'
      | 'decision:record'
  ]: Output<C>
}

async function call<C extends keyof Outputs>(app: TafelwerkApp, channel: C, input: unknown): Promise<Outputs[C]> {
  const envelope = (await app.call(channel, input)) as
    { ok: true; value: Outputs[C] } | { ok: false; error: { message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}

/** A case of table D in phase signaal and a meeting of table D today with one item about it. */
async function seed(app: TafelwerkApp) {
  const tables = await call(app, 'reference:list', { kind: 'table', includeArchived: false })
  const tableD = tables.rows.find((row) => 'code' in row && row.code === 'D')
  if (!tableD) throw new Error('table D missing')
  const caseRow = await call(
    app,
    'case:create',
    plainCase(tableD.id, 'Grijze Kade', { registeredOn: TODAY, retentionUntil: `${String(Number(YEAR) + 5)}-01-01` }),
  )
  const meeting = await newMeeting(app, tableD.id, '09:30', caseRow.id)
  return { caseRow, meeting, tableId: tableD.id }
}

async function newMeeting(app: TafelwerkApp, tableId: string, startTime: string, caseId: string) {
  const meeting = await call(app, 'meeting:create', {
    tableId,
    values: { date: TODAY, startTime, location: 'Stadhuis Delft', chair: null, secretary: null, numberPrefix: '' },
    source: 'leeg',
  })
  await call(app, 'agenda:add', {
    meetingId: meeting.id,
    parentId: null,
    position: null,
    values: {
      title: 'Casus Grijze Kade',
      type: 'voortgang',
      caseId,
      presenterPartnerId: null,
      durationMinutes: 20,
      confidential: false,
      notes: '',
      chairNotes: '',
      status: 'gepland',
    },
  })
  return meeting
}

/** One decision in a list, found by its number (not by a reference to it in another entry). */
function decisionEntry(scope: Page | Locator, number: number): Locator {
  const page = 'page' in scope ? scope.page() : scope
  return scope
    .locator('li.decision-entry')
    .filter({ has: page.locator('strong', { hasText: new RegExp(`^${code(number)}$`, 'u') }) })
}

describe('Besluiten corrigeren en intrekken', () => {
  describe('new legal entity and object in one decision, a correction with its history, a withdrawal, then only a new decision after adoption', () => {
    const { step } = tafelwerk.scenario({ ...openVault, route: 'vergaderingen' })
    type Seeded = Awaited<ReturnType<typeof seed>>
    let caseRow: Seeded['caseRow']
    let meeting: Seeded['meeting']
    let tableId = ''
    let later: Seeded['meeting']

    step('001: start analyse, the type the form proposes for a case in signaal', async (app) => {
      const { page } = app
      await heading(page, 'Vergaderingen')
      ;({ caseRow, meeting, tableId } = await seed(app))

      await page.evaluate((id) => (window.location.hash = `#/vergaderingen/${id}/vergadermodus`), meeting.id)
      await heading(page, 'Vergadermodus')
      const form = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 1' })

      // 001: start analyse, the type the form proposes for a case in signaal.
      expect(await form.getByLabel('Soort besluit').inputValue()).toBe('start-analyse')
      await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
      await decisionEntry(page, 1)
        .getByText(/Start analyse – .*: fase Signaal → Analyse/u)
        .waitFor()
    })

    step('002: a bad KvK number is refused at its field; fixed, with an object in the same decision', async (app) => {
      const { page } = app
      const form = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 1' })
      // 002: a new legal entity with a bad KvK number: the Dutch message at its field, nothing recorded.
      await form.getByLabel('Soort besluit').selectOption({ label: 'Subject/object toevoegen' })
      const firstKind = form.getByRole('group', { name: 'Nieuw subject: soort' })
      await firstKind.getByLabel('Rechtspersoon', { exact: true }).check()
      await form.getByLabel('Nieuw subject: naam van de rechtspersoon').fill('Kadehandel B.V.')
      await form.getByLabel('Nieuw subject: KvK-nummer (optioneel)').fill('1234 56')
      await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
      const kvkField = form.getByLabel('Nieuw subject: KvK-nummer (optioneel)')
      await expectFocused(kvkField)
      expect(await descriptionOf(kvkField)).toContain(KVK_MESSAGE)
      await form.getByRole('alert').filter({ hasText: 'Niet alle velden zijn juist ingevuld.' }).waitFor()
      expect((await call(app, 'meeting:get', { id: meeting.id })).decisionCount).toBe(1)
      await checkScreen(app, 'besluit: KvK-nummer onjuist')

      // Fixed, and a second new subject, an object, in the same decision.
      await kvkField.fill('27123456')
      await form.getByRole('button', { name: 'Nog een nieuw subject of object' }).click()
      await expectFocused(
        form.getByRole('group', { name: 'Nieuw subject 2: soort' }).getByLabel('Persoon', { exact: true }),
      )
      await form.getByRole('group', { name: 'Nieuw subject 2: soort' }).getByLabel('Object', { exact: true }).check()
      await form.getByLabel('Nieuw subject 2: soort object').selectOption({ label: 'Pand' })
      await form.getByLabel('Nieuw subject 2: omschrijving van het object').fill('Loods Kadeweg 12, Delft')
      await checkScreen(app, 'besluit: rechtspersoon en object')
    })

    step(
      '002: "Bedoelt u …?" before a duplicate; Escape keeps the form, the keyboard links the existing one',
      async (app) => {
        const { page } = app
        const form = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 1' })
        // The legal entity is in Tafelwerk already (from another case): "Bedoelt u …?" before a duplicate is made.
        const existing = await call(app, 'subject:create', {
          values: { kind: 'rechtspersoon', name: 'Kadehandel B.V.', kvk: '27123456' },
        })
        await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
        const question = page.getByRole('heading', { level: 3, name: 'Bedoelt u Kadehandel B.V.?' })
        await expectFocused(question)
        await page.getByText('U voert ‘Kadehandel B.V.’ in als nieuw subject 1 van 2 bij dit besluit.').waitFor()
        await page.getByText(/zelfde KvK-nummer/u).waitFor()
        expect(await form.isHidden()).toBe(true)
        await checkScreen(app, 'besluit: bedoelt u een bestaand subject')
        // Escape: back to the form with everything still filled in, nothing recorded.
        await page.keyboard.press('Escape')
        await expectFocused(
          form.getByRole('group', { name: 'Nieuw subject 1: soort' }).getByLabel('Rechtspersoon', { exact: true }),
        )
        expect(await form.getByLabel('Nieuw subject 1: naam van de rechtspersoon').inputValue()).toBe('Kadehandel B.V.')
        expect(await form.getByLabel('Nieuw subject 2: omschrijving van het object').inputValue()).toBe(
          'Loods Kadeweg 12, Delft',
        )
        expect((await call(app, 'meeting:get', { id: meeting.id })).decisionCount).toBe(1)
        // Again, and by keyboard the existing one is chosen; the object has no look-alike and is made new.
        await form.getByRole('button', { name: 'Besluit vastleggen' }).press('Enter')
        await expectFocused(question)
        await page.keyboard.press('Tab')
        await expectFocused(page.getByRole('button', { name: 'Koppel bestaande Kadehandel B.V.' }))
        await page.keyboard.press('Enter')
        await decisionEntry(page, 2)
          .getByText(/Kadehandel B\.V\. toegevoegd; Loods Kadeweg 12, Delft toegevoegd/u)
          .waitFor()
        await expectFocused(form.getByRole('button', { name: 'Besluit vastleggen' }))
        const withSubjects = await call(app, 'case:get', { id: caseRow.id })
        expect(
          withSubjects.subjects
            .filter((row) => row.involved)
            .map((row) => [row.subject.id, row.subject.kind, row.subject.title, row.subject.kvk]),
        ).toEqual(
          expect.arrayContaining([
            [existing.id, 'rechtspersoon', 'Kadehandel B.V.', '27123456'],
            [expect.any(String), 'object', 'Loods Kadeweg 12, Delft', null],
          ]),
        )
        // No duplicate: Tafelwerk still holds one Kadehandel B.V.
        const lookAlikes = await call(app, 'subject:suggest', {
          values: { kind: 'rechtspersoon', name: 'Kadehandel B.V.', kvk: '27123456' },
          excludeId: null,
        })
        expect(lookAlikes.matches.map((match) => match.subject.id)).toEqual([existing.id])

        // The same form offers what the decision just added, for removal.
        await form.getByLabel('Soort besluit').selectOption({ label: 'Subject/object verwijderen' })
        await form
          .getByRole('group', { name: 'Subjecten en objecten die vervallen' })
          .getByLabel('Kadehandel B.V.')
          .waitFor()
      },
    )

    step('003: start casus; a correction that does not fit the case is refused and changes nothing', async (app) => {
      const { page } = app
      const form = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 1' })
      // 003: start casus.
      await form.getByLabel('Soort besluit').selectOption({ label: 'Start casus' })
      await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
      await decisionEntry(page, 3)
        .getByText(/Start casus – .*: fase Analyse.* → Gestart/u)
        .waitFor()

      // Correct 003: a new effect that does not fit the case is refused and changes nothing.
      await decisionEntry(page, 3)
        .getByRole('button', { name: `Corrigeren besluit ${code(3)}` })
        .click()
      const correcting = page.getByRole('dialog', { name: `Besluit ${code(3)} corrigeren` })
      expect(await correcting.getByLabel('Soort besluit').inputValue()).toBe('start-casus')
      expect(await correcting.getByLabel('Tekst van het besluit (optioneel)').inputValue()).toBe('')
      await checkScreen(app, 'besluit corrigeren: formulier')
      await correcting.getByRole('button', { name: 'Correctie opslaan' }).click()
      await expectFocused(correcting.getByLabel('Reden van correctie'))
      await correcting
        .getByLabel('Reden van correctie')
        .fill('Verkeerd genoteerd: de OMT besloot de casus niet te starten.')
      await correcting.getByLabel('Soort besluit').selectOption({ label: 'Plan van aanpak vastgesteld' })
      await correcting.getByRole('button', { name: 'Correctie opslaan' }).click()
      await correcting
        .getByRole('alert')
        .filter({ hasText: /staat in fase analyse.*; het plan van aanpak vaststellen kan pas na start casus/u })
        .waitFor()
      await checkScreen(app, 'besluit corrigeren: geweigerd')
      expect((await call(app, 'case:get', { id: caseRow.id })).phase.code).toBe('gestart')
    })

    step('a correction that fits, with a reason, a text of its own and its history', async (app) => {
      const { page } = app
      const correcting = page.getByRole('dialog', { name: `Besluit ${code(3)} corrigeren` })
      // Then a correction that fits: niet starten, with a reason and a text of its own.
      await correcting.getByLabel('Soort besluit').selectOption({ label: 'Niet starten' })
      await correcting.getByLabel('Reden', { exact: true }).fill('Onvoldoende aanknopingspunten')
      await correcting.getByLabel('Tekst van het besluit (optioneel)').fill('De OMT start de casus Grijze Kade niet.')
      await correcting.getByRole('button', { name: 'Correctie opslaan' }).click()
      await correcting.waitFor({ state: 'detached' })
      await page
        .getByTestId('announcer')
        // Not starting ends the case, so its retention now runs from this meeting (issue 12).
        .getByText(
          new RegExp(
            `^Besluit ${code(3)} is gecorrigeerd: Niet starten, fase Analyse \\(informatiebeeld\\) → Niet gestart; bewaartermijn 01-01-2031 → \\d{2}-\\d{2}-\\d{4}\\.$`,
            'u',
          ),
        )
        .waitFor({ state: 'attached' })
      const third = decisionEntry(page, 3)
      await third.getByText(/Niet starten – .*: fase Analyse.* → Niet gestart/u).waitFor()
      await third.getByText('Gecorrigeerd', { exact: true }).waitFor()
      expect((await call(app, 'case:get', { id: caseRow.id })).phase.code).toBe('niet-gestart')
      await page.getByText(/\(fase Niet gestart\)/u).waitFor()

      await third.getByRole('button', { name: `Geschiedenis besluit ${code(3)}` }).click()
      const history = page.getByRole('list', { name: `Geschiedenis van besluit ${code(3)}` })
      await history
        .getByText('Reden: Verkeerd genoteerd: de OMT besloot de casus niet te starten.', { exact: false })
        .waitFor()
      await history
        .getByText(
          new RegExp(
            `Daarvoor: Start casus, casus ${caseRow.code}; fase Analyse \\(informatiebeeld\\) → Gestart \\(plan van aanpak\\)\\.`,
            'u',
          ),
        )
        .waitFor()
      await history.getByText(/‘De OMT besluit casus .* te starten als lokale casus\.’/u).waitFor()
      await checkScreen(app, 'besluit: geschiedenis')
    })

    step(
      'withdrawing 003 takes the case back to analyse; the number stays, the decision shows as withdrawn',
      async (app) => {
        const { page } = app
        const third = decisionEntry(page, 3)
        // Withdraw 003: the case goes back to analyse; the number stays, the decision shows as withdrawn.
        await third.getByRole('button', { name: `Intrekken besluit ${code(3)}` }).click()
        const withdrawing = page.getByRole('dialog', { name: `Besluit ${code(3)} intrekken` })
        await expectFocused(withdrawing.getByLabel('Reden van intrekking'))
        await withdrawing.getByRole('button', { name: 'Besluit intrekken' }).click()
        await withdrawing
          .locator('.field__error')
          .filter({ hasText: 'Vermeld waarom het besluit wordt gewijzigd' })
          .waitFor()
        await checkScreen(app, 'besluit intrekken: reden ontbreekt')
        await withdrawing.getByLabel('Reden van intrekking').fill('Het besluit is in deze vergadering niet genomen.')
        await withdrawing.getByRole('button', { name: 'Besluit intrekken' }).click()
        await withdrawing.waitFor({ state: 'detached' })
        await third.locator('.decision-entry__badge', { hasText: 'Ingetrokken' }).waitFor()
        await expectFocused(third.locator('.decision-entry__summary'))
        expect(await third.getByRole('button', { name: /Corrigeren|Intrekken/u }).count()).toBe(0)
        const reverted = await call(app, 'case:get', { id: caseRow.id })
        expect(reverted.phase.code).toBe('analyse')
        await page.getByText(/\(fase Analyse \(informatiebeeld\)\)/u).waitFor()
        await checkScreen(app, 'besluit ingetrokken')
      },
    )

    step('the meeting page offers correction and withdrawal while the minutes are concept', async (app) => {
      const { page } = app
      // The meeting page's agenda offers the same while the minutes are concept.
      await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: /OMT D/u }).click()
      await page.getByRole('heading', { level: 1, name: /OMT D/u }).waitFor()
      await decisionEntry(page, 1)
        .getByRole('button', { name: `Corrigeren besluit ${code(1)}` })
        .waitFor()
      await checkScreen(app, 'vergadering: besluiten met corrigeren en intrekken')
    })

    step('adopted minutes: no more corrections, only a new decision that refers to the old one', async (app) => {
      const { page } = app
      // The minutes adopted: no more corrections, only a new decision that refers to the old one.
      await call(app, 'meeting:adopt-minutes', { id: meeting.id, adoptedOn: TODAY, confirm: true })
      await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Vergaderingen' }).click()
      await heading(page, 'Vergaderingen')
      await page.evaluate((id) => (window.location.hash = `#/vergaderingen/${id}`), meeting.id)
      await page.getByRole('heading', { level: 1, name: /OMT D/u }).waitFor()
      const second = decisionEntry(page, 2)
      await second.getByRole('button', { name: `Nieuw besluit hierover besluit ${code(2)}` }).waitFor()
      expect(await page.getByRole('button', { name: /^Corrigeren/u }).count()).toBe(0)
      expect(await page.getByRole('button', { name: /^Intrekken/u }).count()).toBe(0)
      await second.getByRole('button', { name: `Nieuw besluit hierover besluit ${code(2)}` }).click()
      await second
        .getByText('Dit besluit is vastgesteld. Wijzig het met een nieuw besluit in een volgende vergadering.', {
          exact: false,
        })
        .waitFor()
      await second.getByText('Deze tafel heeft nog geen latere vergadering met een conceptverslag.').waitFor()
      await checkScreen(app, 'vastgesteld besluit: nieuw besluit hierover, geen vergadering')
    })

    step(
      'a later meeting that day: the link leads there and its decision form starts with the reference',
      async (app) => {
        const { page } = app
        const second = decisionEntry(page, 2)
        // A later meeting that day: the link leads there and its decision form starts with the reference.
        later = await newMeeting(app, tableId, '14:00', caseRow.id)
        await second.getByRole('button', { name: `Nieuw besluit hierover besluit ${code(2)}` }).click()
        await second.getByRole('button', { name: `Nieuw besluit hierover besluit ${code(2)}` }).click()
        await second.getByRole('link', { name: /^Nieuw besluit vastleggen in de vergadering van / }).click()
        await page.waitForURL(new RegExp(`${later.id}$`, 'u'))
        await page.getByRole('button', { name: 'Bewerken agendapunt 1' }).click()
        const laterForm = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 1' })
        await laterForm.getByLabel('Soort besluit').selectOption({ label: 'Subject/object verwijderen' })
        await laterForm.getByLabel('Loods Kadeweg 12, Delft').check()
        expect(await laterForm.getByLabel('Verwijst naar besluit (optioneel)').inputValue()).toBe(
          (await call(app, 'meeting:get', { id: meeting.id })).items[0]?.decisions[1]?.id,
        )
        await checkScreen(app, 'nieuw besluit dat verwijst')
        await laterForm.getByRole('button', { name: 'Besluit vastleggen' }).click()
        const fourth = decisionEntry(page.getByRole('list', { name: 'Agenda' }), 4)
        await fourth.getByText(`Verwijst naar ${code(2)}`).waitFor()
        await fourth.getByText(/Loods Kadeweg 12, Delft verwijderd/u).waitFor()
        await checkScreen(app, 'besluit verwijst naar vastgesteld besluit')
      },
    )

    step('after a restart, everything is as left', async (app) => {
      // After a restart everything is as left.
      await app.restart(`vergaderingen/${meeting.id}`)
      const again = app.page
      await unlockWith(again, PASSPHRASE)
      const thirdAgain = decisionEntry(again, 3)
      await thirdAgain.locator('.decision-entry__badge', { hasText: 'Ingetrokken' }).waitFor()
      await thirdAgain.getByText(/Niet starten/u).waitFor()
      await decisionEntry(again, 2)
        .getByRole('button', { name: `Nieuw besluit hierover besluit ${code(2)}` })
        .waitFor()
      expect(await again.getByRole('button', { name: /^Corrigeren/u }).count()).toBe(0)
      await thirdAgain.getByRole('button', { name: `Geschiedenis besluit ${code(3)}` }).click()
      const historyAgain = again.getByRole('list', { name: `Geschiedenis van besluit ${code(3)}` })
      await historyAgain
        .getByText(/Ingetrokken op .*Reden: Het besluit is in deze vergadering niet genomen\./u)
        .waitFor()
      await historyAgain.getByText(/Gecorrigeerd op .*Reden: Verkeerd genoteerd/u).waitFor()
      expect(await historyAgain.getByRole('listitem').count()).toBe(2)
      await checkScreen(app, 'na herstart: geschiedenis')
      await again.evaluate((id) => (window.location.hash = `#/vergaderingen/${id}`), later.id)
      await decisionEntry(again.getByRole('list', { name: 'Agenda' }), 4)
        .getByText(`Verwijst naar ${code(2)}`)
        .waitFor()
      expect(
        (await call(app, 'case:get', { id: caseRow.id })).subjects
          .filter((row) => row.involved)
          .map((row) => row.subject.title),
      ).toEqual(['Kadehandel B.V.'])
      await checkScreen(app, 'na herstart: latere vergadering')
    })
  })

  test('a correction asks "Bedoelt u …?" about its new subjects too, and links the existing one', async () => {
    const app = await tafelwerk.start({ ...openVault, route: 'vergaderingen' })
    const { page } = app
    await heading(page, 'Vergaderingen')
    const { caseRow, meeting } = await seed(app)
    const existing = await call(app, 'subject:create', {
      values: { kind: 'persoon', name: 'Jan de Kade', birthDate: '1980-04-01' },
    })

    await page.evaluate((id) => (window.location.hash = `#/vergaderingen/${id}/vergadermodus`), meeting.id)
    const form = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 1' })
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await decisionEntry(page, 1).waitFor()
    // 002 adds an object; its correction adds a person who is in Tafelwerk already.
    await form.getByLabel('Soort besluit').selectOption({ label: 'Subject/object toevoegen' })
    await form.getByRole('group', { name: 'Nieuw subject: soort' }).getByLabel('Object', { exact: true }).check()
    await form.getByLabel('Nieuw subject: soort object').selectOption({ label: 'Pand' })
    await form.getByLabel('Nieuw subject: omschrijving van het object').fill('Schuur Kadeweg 3, Delft')
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await decisionEntry(page, 2)
      .getByText(/Schuur Kadeweg 3, Delft toegevoegd/u)
      .waitFor()

    await decisionEntry(page, 2)
      .getByRole('button', { name: `Corrigeren besluit ${code(2)}` })
      .click()
    const correcting = page.getByRole('dialog', { name: `Besluit ${code(2)} corrigeren` })
    await correcting.getByRole('button', { name: 'Nog een nieuw subject of object' }).click()
    const person = correcting.getByRole('group', { name: 'Nieuw subject 2: soort' })
    await person.getByLabel('Persoon', { exact: true }).check()
    await correcting.getByLabel('Nieuw subject 2: naam van de persoon').fill('Jan de Kade')
    await correcting.getByLabel('Nieuw subject 2: geboortedatum (optioneel)').fill('1980-04-01')
    await correcting.getByLabel('Reden van correctie').fill('De persoon is in de vergadering ook genoemd.')
    await correcting.getByRole('button', { name: 'Correctie opslaan' }).click()
    const question = correcting.getByRole('heading', { level: 3, name: 'Bedoelt u Jan de Kade?' })
    await expectFocused(question)
    await correcting.getByText(/zelfde naam en geboortedatum/u).waitFor()
    await checkScreen(app, 'besluit corrigeren: bedoelt u een bestaand subject')
    await correcting.getByRole('button', { name: 'Koppel bestaande Jan de Kade' }).click()
    await correcting.waitFor({ state: 'detached' })
    await decisionEntry(page, 2)
      .getByText(/Jan de Kade toegevoegd/u)
      .waitFor()

    const involved = (await call(app, 'case:get', { id: caseRow.id })).subjects
      .filter((row) => row.involved)
      .map((row) => row.subject.id)
    expect(involved).toContain(existing.id)
    const persons = await call(app, 'subject:suggest', {
      values: { kind: 'persoon', name: 'Jan de Kade', birthDate: '1980-04-01' },
      excludeId: null,
    })
    expect(persons.matches.map((match) => match.subject.id)).toEqual([existing.id])
  })

  test('afsluiten asks for its coded reason at its own field; the case page shows it beside the explanation', async () => {
    const app = await tafelwerk.start({ ...openVault, route: 'vergaderingen' })
    const { page } = app
    await heading(page, 'Vergaderingen')
    const { caseRow, meeting } = await seed(app)
    const item = (await call(app, 'meeting:get', { id: meeting.id })).items[0]
    const common = { caseId: caseRow.id, text: '', refersToDecisionId: null }
    for (const values of [
      { ...common, type: 'start-analyse' },
      { ...common, type: 'start-casus', caseKind: 'lokaal' },
      { ...common, type: 'plan-van-aanpak' },
      { ...common, type: 'evaluatie' },
    ])
      await call(app, 'decision:record', { agendaItemId: item?.id ?? '', values })

    await page.evaluate((id) => (window.location.hash = `#/vergaderingen/${id}/vergadermodus`), meeting.id)
    await heading(page, 'Vergadermodus')
    const form = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 1' })
    await form.getByLabel('Soort besluit').selectOption({ label: 'Afsluiten' })
    const closingReason = form.getByLabel('Reden van afsluiten')
    expect(await closingReason.inputValue()).toBe('')
    await form.getByLabel('Toelichting').fill('Alle interventies zijn afgerond.')
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await form.getByText('Kies de reden van afsluiten.').waitFor()
    expect(await closingReason.getAttribute('aria-invalid')).toBe('true')
    expect(await descriptionOf(closingReason)).toContain('Fout: Kies de reden van afsluiten.')
    await expectFocused(closingReason)
    await checkScreen(app, 'besluit afsluiten zonder reden van afsluiten')
    await closingReason.selectOption({ label: 'Doelen bereikt' })
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await decisionEntry(page, 5)
      .getByText(/Afsluiten – .*: fase Evaluatie → Afgesloten/u)
      .waitFor()

    await page.evaluate((id) => (window.location.hash = `#/casussen/${id}`), caseRow.id)
    await page.getByText('Reden van afsluiten: Doelen bereikt').waitFor()
    await page.getByText('Reden: Alle interventies zijn afgerond.').waitFor()
    await checkScreen(app, 'casuspagina met reden van afsluiten')
  })
})
