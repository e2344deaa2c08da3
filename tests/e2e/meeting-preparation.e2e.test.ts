import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import type { Output } from '../../shared/contract/index'
import { dutchDate, todayIso } from '../../shared/domain/iso-date'
import type { Vault } from '../../db/vault/vault'
import { checkScreen } from './harness/check-screen'
import { expectFocused } from './harness/keyboard'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { descriptionOf, heading, unlockWith } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Twee tafels, één agenda en veel punten'
const TODAY = todayIso()
const daysAgo = (days: number) => todayIso(new Date(Date.now() - days * 86_400_000))
/** The previous meeting of the table, two weeks ago; its action was due yesterday, so it is overdue now. */
const EARLIER = daysAgo(14)

const tafelwerk = useTafelwerk()

type Outputs = {
  [
    C in
      | 'meeting:create'
      | 'meeting:get'
      | 'meeting:adopt-minutes'
      | 'meeting-mode:get'
      | 'reference:list'
      | 'action:create'
      | 'action:list'
  ]: Output<C>
}

async function call<C extends keyof Outputs>(app: TafelwerkApp, channel: C, input: unknown): Promise<Outputs[C]> {
  const envelope = (await app.call(channel, input)) as
    { ok: true; value: Outputs[C] } | { ok: false; error: { message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}

async function idOf(app: TafelwerkApp, kind: 'table' | 'partner', name: string): Promise<string> {
  const list = await call(app, 'reference:list', { kind, includeArchived: false })
  const row = list.rows.find(
    (other) => ('code' in other && other.code === name) || ('shortName' in other && other.shortName === name),
  )
  if (!row) throw new Error(`${kind} ${name} missing`)
  return row.id
}

/** "m:ss" on meeting mode's clock, in seconds. */
const seconds = (text: string | null): number => {
  const [minutes = '', rest = ''] = (text ?? '').split(':')
  return Number(minutes) * 60 + Number(rest)
}

/** The id of the agenda item numbered `number`. */
async function itemId(app: TafelwerkApp, meetingId: string, number: string): Promise<string> {
  const item = (await call(app, 'meeting:get', { id: meetingId })).items.find((other) => other.number === number)
  if (!item) throw new Error(`item ${number} missing`)
  return item.id
}

const announced = (page: Page, text: string) =>
  page.getByTestId('announcer').getByText(text).waitFor({ state: 'attached' })

describe('Vergadering voorbereiden', () => {
  describe('sections and sub-items by keyboard and mouse with undo, meeting details, the carried-over action list, meeting mode that remembers its item', () => {
    const { step } = tafelwerk.scenario({
      prepare: async (vault: Vault) => {
        await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
      },
      route: 'vergaderingen',
    })
    let tableD = ''
    let earlierId = ''
    let meetingId = ''
    let item3Id = ''
    let beforeRestart: Outputs['meeting-mode:get'] = null

    step('a copy of the previous meeting carries over its open action, marked overdue', async (app) => {
      const { page } = app
      await heading(page, 'Vergaderingen')

      // The table's previous meeting, with an action agreed there and not yet done.
      tableD = await idOf(app, 'table', 'D')
      const earlier = await call(app, 'meeting:create', {
        tableId: tableD,
        source: 'sjabloon',
        values: {
          date: EARLIER,
          startTime: '10:00',
          location: 'Stadhuis Delft',
          chair: null,
          secretary: null,
          numberPrefix: '',
        },
      })
      earlierId = earlier.id
      await call(app, 'action:create', {
        meetingId: earlierId,
        agendaItemId: null,
        decisionId: null,
        values: {
          text: 'Gemeente stuurt het Bibob-advies',
          ownerPartnerId: await idOf(app, 'partner', 'Politie'),
          ownerPerson: null,
          dueDate: daysAgo(1),
          caseId: null,
        },
      })

      // The next meeting, a copy of the previous one.
      await page.getByRole('link', { name: 'Nieuwe vergadering' }).click()
      await heading(page, 'Nieuwe vergadering')
      await page.getByLabel('Ondermijningstafel').selectOption({ label: 'D – OMT D (Delft en Westland)' })
      await page.getByLabel('Datum').fill(TODAY)
      await page.getByLabel('Begintijd').fill('14:00')
      await page.getByLabel('Kopie van de vorige vergadering').check()
      await page.getByRole('button', { name: 'Vergadering aanmaken' }).click()
      const agenda = page.getByRole('list', { name: 'Agenda' })
      await agenda.getByRole('listitem', { name: 'Agendapunt 10: Rondvraag en sluiting' }).waitFor()
      meetingId = page.url().split('/').pop() ?? ''

      // The action list: the carried-over action, marked with its meeting and as overdue.
      const actionList = page.getByRole('table', { name: 'Actielijst' })
      const carried = actionList.getByRole('row', { name: /Gemeente stuurt het Bibob-advies/u })
      await carried.getByText('Uit vorige vergadering').waitFor()
      await carried.getByRole('link', { name: `vergadering van ${dutchDate(EARLIER)}` }).waitFor()
      await carried.getByText(/te laat/u).waitFor()
      await checkScreen(app, 'vergadering: actielijst met overgenomen actiepunt')
    })

    step('a sub-item added under a section', async (app) => {
      const { page } = app
      const agenda = page.getByRole('list', { name: 'Agenda' })
      // A sub-item added under a section.
      await page.getByLabel('Titel van het nieuwe agendapunt').fill('Casus Noorderlicht')
      await page.getByLabel('Plaats op de agenda').selectOption({ label: 'Subpunt onder 6 Voortgang lopende casussen' })
      await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click()
      const noorderlicht = agenda.getByRole('listitem', { name: 'Agendapunt 6.1: Casus Noorderlicht' })
      await expectFocused(noorderlicht)
      await checkScreen(app, 'vergadering: subpunt toegevoegd')
    })

    step(
      'into the section above and out again by keyboard, Ctrl+Z undoes; a section with sub-items stays put',
      async (app) => {
        const { page } = app
        const agenda = page.getByRole('list', { name: 'Agenda' })
        // Into the section above and out again by keyboard; Ctrl+Z undoes the last move.
        const item5 = agenda.getByRole('listitem', { name: 'Agendapunt 5: Voorstellen start casus' })
        await item5.focus()
        await page.keyboard.press('Alt+ArrowRight')
        const nested = agenda.getByRole('listitem', { name: 'Agendapunt 4.1: Voorstellen start casus' })
        await expectFocused(nested)
        await announced(page, 'Agendapunt 5 is nu subpunt 4.1 onder ‘Nieuwe signalen’.')
        await agenda.getByRole('listitem', { name: 'Agendapunt 5.1: Casus Noorderlicht' }).waitFor()
        await page.keyboard.press('Alt+ArrowLeft')
        await expectFocused(item5)
        await announced(page, 'Agendapunt 4.1 staat nu op het hoogste niveau als agendapunt 5.')
        await page.keyboard.press('Alt+ArrowRight')
        await expectFocused(nested)
        await page.keyboard.press('Control+z')
        await item5.waitFor()
        await agenda.getByRole('listitem', { name: 'Agendapunt 6.1: Casus Noorderlicht' }).waitFor()
        await announced(page, 'Ongedaan gemaakt: verplaatsen van agendapunt 5.')
        // A section with sub-items cannot go under another item: said, nothing moved.
        await agenda.getByRole('listitem', { name: 'Agendapunt 6: Voortgang lopende casussen' }).focus()
        await page.keyboard.press('Alt+ArrowRight')
        await announced(
          page,
          'Agendapunt 6 heeft zelf subpunten en kan daarom niet onder een ander punt. Verplaats eerst de subpunten.',
        )
        await checkScreen(app, 'vergadering: na verplaatsen tussen niveaus')
      },
    )

    step('a sub-item to the top level with the mouse, and back with Ctrl+Z', async (app) => {
      const { page } = app
      const agenda = page.getByRole('list', { name: 'Agenda' })
      const noorderlicht = agenda.getByRole('listitem', { name: 'Agendapunt 6.1: Casus Noorderlicht' })
      // The same with the mouse: a sub-item to the top level, and back with Ctrl+Z.
      await noorderlicht.getByRole('button', { name: 'Naar hoofdniveau (agendapunt 6.1)' }).click()
      await agenda.getByRole('listitem', { name: 'Agendapunt 7: Casus Noorderlicht' }).waitFor()
      await page.keyboard.press('Control+z')
      await noorderlicht.waitFor()
      expect(await agenda.locator(':scope > li').count()).toBe(11)
    })

    step(
      'meeting details: an empty date and a clash with the previous meeting are refused in Dutch, then saved',
      async (app) => {
        const { page } = app
        const agenda = page.getByRole('list', { name: 'Agenda' })
        // Meeting details: an empty date and a clash with the previous meeting are refused in Dutch, nothing changes.
        await page.getByRole('button', { name: 'Gegevens wijzigen' }).click()
        const dialog = page.getByRole('dialog', { name: 'Gegevens van de vergadering wijzigen' })
        await expectFocused(dialog.getByLabel('Datum'))
        await checkScreen(app, 'gegevens wijzigen')
        await dialog.getByLabel('Datum').fill('')
        await dialog.getByRole('button', { name: 'Gegevens opslaan' }).click()
        await dialog.getByText('Vul een datum in als jjjj-mm-dd.').waitFor()
        await expectFocused(dialog.getByLabel('Datum'))
        await dialog.getByLabel('Datum').fill(EARLIER)
        await dialog.getByLabel('Begintijd').fill('10:00')
        await dialog.getByRole('button', { name: 'Gegevens opslaan' }).click()
        const clash = `OMT D vergadert al op ${dutchDate(EARLIER)} om 10:00. Kies een andere datum of begintijd, of open die vergadering.`
        await dialog.getByRole('alert').getByText(clash).waitFor()
        expect(await descriptionOf(dialog.getByLabel('Begintijd'))).toBe(
          'Fout: Op deze datum en begintijd vergadert deze tafel al.',
        )
        await expectFocused(dialog.getByLabel('Datum'))
        await checkScreen(app, 'gegevens wijzigen: botsing met andere vergadering')
        const unchanged = await call(app, 'meeting:get', { id: meetingId })
        expect([unchanged.date, unchanged.startTime]).toEqual([TODAY, '14:00'])

        await dialog.getByLabel('Datum').fill(TODAY)
        await dialog.getByLabel('Begintijd').fill('14:30')
        await dialog.getByLabel('Locatie').fill('Gemeentehuis Westland')
        await dialog.getByLabel('Voorzitter').fill('B. Bakker')
        await dialog.getByLabel('Voorvoegsel van de agendanummers').fill('A')
        await dialog.getByRole('button', { name: 'Gegevens opslaan' }).click()
        await dialog.waitFor({ state: 'detached' })
        await announced(page, 'De gegevens van de vergadering zijn opgeslagen.')
        await page.getByText('Gemeentehuis Westland').waitFor()
        await page.getByText('B. Bakker').waitFor()
        await agenda.getByRole('listitem', { name: 'Agendapunt A6.1: Casus Noorderlicht' }).waitFor()
        await checkScreen(app, 'vergadering: gegevens gewijzigd')
      },
    )

    step('the carried-over action marked done says so in its row and stays in view', async (app) => {
      const { page } = app
      const carried = page
        .getByRole('table', { name: 'Actielijst' })
        .getByRole('row', { name: /Gemeente stuurt het Bibob-advies/u })
      // The carried-over action done: it says so in its row and stays in view.
      const status = page.getByLabel('Status van actiepunt Gemeente stuurt het Bibob-advies')
      await status.selectOption({ label: 'Gereed' })
      await announced(page, 'Actiepunt ‘Gemeente stuurt het Bibob-advies’: status Gereed.')
      expect(await status.inputValue()).toBe('gereed')
      await expect.poll(() => carried.getByText(/te laat/u).count()).toBe(0)
      await checkScreen(app, 'vergadering: actiepunt gereed')
    })

    step('meeting mode remembers its item, with its clock running, and the vault counts the time', async (app) => {
      const { page } = app
      // Meeting mode: at item 3, away to the meeting page and back, still at item 3 with its clock running.
      await page.getByRole('link', { name: 'Vergadermodus' }).click()
      await heading(page, 'Vergadermodus')
      await page.keyboard.press('j')
      await page.keyboard.press('j')
      const item3 = page.getByRole('heading', { level: 2, name: 'A3 Actielijst' })
      await item3.waitFor()
      const clock = page.locator('.meeting-mode__clock')
      await expect.poll(() => clock.textContent(), { timeout: 5000 }).not.toBe('0:00')
      await checkScreen(app, 'vergadermodus bij agendapunt 3')
      await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: /OMT D/u }).click()
      await page.getByText('Vergadermodus staat bij agendapunt A3.').waitFor()
      await checkScreen(app, 'vergadering: vergadermodus onthouden')
      await page.getByRole('link', { name: 'Vergadermodus' }).click()
      await item3.waitFor()
      expect(await clock.textContent()).not.toBe('0:00')
      await page.keyboard.press('j')
      await page.getByRole('heading', { level: 2, name: 'A4 Nieuwe signalen' }).waitFor()
      await page.keyboard.press('k')
      await item3.waitFor()
      await checkScreen(app, 'vergadermodus na terugkeren')
      // The vault has item 3 on, and its first stretch (at least the second the clock was seen running) counted.
      item3Id = await itemId(app, meetingId, 'A3')
      await expect.poll(async () => (await call(app, 'meeting-mode:get', { meetingId }))?.itemId).toBe(item3Id)
      beforeRestart = await call(app, 'meeting-mode:get', { meetingId })
      expect(beforeRestart?.spentMs[item3Id]).toBeGreaterThanOrEqual(1000)
    })

    step(
      'after a restart, the agenda, the details and the action are as left; only open actions carry over',
      async (app) => {
        // Restart on the same vault: the agenda, the details and the action's status as left.
        await app.restart(`vergaderingen/${meetingId}`)
        const again = app.page
        await unlockWith(again, PASSPHRASE)
        const agendaAgain = again.getByRole('list', { name: 'Agenda' })
        await agendaAgain.getByRole('listitem', { name: 'Agendapunt A6.1: Casus Noorderlicht' }).waitFor()
        await agendaAgain.getByRole('listitem', { name: 'Agendapunt A5: Voorstellen start casus' }).waitFor()
        await again.getByText('Gemeentehuis Westland').waitFor()
        await again.getByText(/14:30 –/u).waitFor()
        // Open actions only are carried over: the done one is no longer on this meeting's list.
        await again
          .getByText(
            'Er staan geen actiepunten uit eerdere vergaderingen open, en in deze vergadering is nog niets afgesproken.',
          )
          .waitFor()
        const actions = await call(app, 'action:list', {
          filter: {
            tableIds: [tableD],
            partnerIds: [],
            statuses: [],
            dueFrom: null,
            dueUntil: null,
            overdueOnly: false,
            caseId: null,
          },
          sort: { by: 'due', direction: 'asc' },
          offset: 0,
          limit: 10,
        })
        expect(actions.rows.map((row) => [row.text, row.status])).toEqual([
          ['Gemeente stuurt het Bibob-advies', 'gereed'],
        ])
        await checkScreen(app, 'vergadering na herstart')
      },
    )

    step('meeting mode after the restart resumes at item 3 with the time stored for it', async (app) => {
      const again = app.page
      // Meeting mode after the restart: the vault kept item 3, when it came on and the time spent per item;
      // the clock shows at least the time stored for item 3, and runs on.
      expect(await call(app, 'meeting-mode:get', { meetingId })).toEqual(beforeRestart)
      await again.getByText('Vergadermodus staat bij agendapunt A3.').waitFor()
      await again.getByRole('link', { name: 'Vergadermodus' }).click()
      await again.getByRole('heading', { level: 2, name: 'A3 Actielijst' }).waitFor()
      const clockAgain = again.locator('.meeting-mode__clock')
      expect(seconds(await clockAgain.textContent())).toBeGreaterThanOrEqual(
        Math.floor((beforeRestart?.spentMs[item3Id] ?? Infinity) / 1000),
      )
      await checkScreen(app, 'vergadermodus na herstart')
      await again.keyboard.press('j')
      await again.getByRole('heading', { level: 2, name: 'A4 Nieuwe signalen' }).waitFor()
      const item4Id = await itemId(app, meetingId, 'A4')
      await expect.poll(async () => (await call(app, 'meeting-mode:get', { meetingId }))?.itemId).toBe(item4Id)
      const moved = await call(app, 'meeting-mode:get', { meetingId })
      expect(moved?.spentMs[item3Id]).toBeGreaterThan(beforeRestart?.spentMs[item3Id] ?? Infinity)
    })

    step('meeting mode on another day browses without a clock and records nothing', async (app) => {
      const again = app.page
      // The previous meeting is not today: meeting mode browses its items without a clock and records nothing.
      await again.evaluate((id) => {
        window.location.hash = `#/vergaderingen/${id}`
      }, earlierId)
      await again.getByRole('link', { name: 'Vergadermodus' }).waitFor()
      expect(await again.getByText(/Vergadermodus staat bij agendapunt/u).count()).toBe(0)
      await again.getByRole('link', { name: 'Vergadermodus' }).click()
      await heading(again, 'Vergadermodus')
      await again.getByText('De klok loopt alleen op de dag van de vergadering.').waitFor()
      await again.getByRole('heading', { level: 2, name: '1 Opening en mededelingen' }).waitFor()
      await again.keyboard.press('j')
      await again.getByRole('heading', { level: 2, name: /^2 /u }).waitFor()
      expect(await again.locator('.meeting-mode__clock').count()).toBe(0)
      await checkScreen(app, 'vergadermodus op een andere dag')
      expect(await call(app, 'meeting-mode:get', { meetingId: earlierId })).toBeNull()
    })

    step('adopted minutes: the details cannot change, in the page nor in the vault', async (app) => {
      const again = app.page
      // Adopted minutes: the details are not offered for change, and the vault refuses them too.
      await app.call('meeting:set-status', { id: earlierId, status: 'gehouden' })
      await call(app, 'meeting:adopt-minutes', { id: earlierId, adoptedOn: TODAY, confirm: true })
      await again.evaluate((id) => {
        window.location.hash = `#/vergaderingen/${id}`
      }, earlierId)
      await again
        .getByText('Het verslag van deze vergadering is vastgesteld; de agenda kan niet meer veranderen.')
        .waitFor()
      expect(await again.getByRole('button', { name: 'Gegevens wijzigen' }).count()).toBe(0)
      const refused = (await app.call('meeting:update', {
        id: earlierId,
        values: { date: EARLIER, startTime: '11:00', location: '', chair: null, secretary: null, numberPrefix: '' },
      })) as { ok: boolean; error?: { message: string } }
      expect(refused.ok).toBe(false)
      expect(refused.error?.message).toMatch(/is vastgesteld en kan niet meer worden gewijzigd/u)
      await checkScreen(app, 'vorige vergadering: verslag vastgesteld')
    })
  })
})
