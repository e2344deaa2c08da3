import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { Vault } from '../../db/vault/vault'
import type { Input, Output } from '../../shared/contract/index'
import { dutchDate, todayIso } from '../../shared/domain/iso-date'
import { checkScreen } from './harness/check-screen'
import { expectFocused } from './harness/keyboard'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { editable } from '../support/case-fixtures'
import { plainCase } from '../support/plain-case'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Zes zilveren zeilboten op zee'
const tafelwerk = useTafelwerk()

const openVault = {
  prepare: async (vault: Vault) => {
    await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE))
  },
}

type Dispatch = ReturnType<typeof createDispatcher>
type Seeding = 'case:create' | 'reference:list' | 'meeting:create' | 'agenda:add' | 'decision:record'

async function call<C extends Seeding>(dispatch: Dispatch, channel: C, input: Input<C>): Promise<Output<C>> {
  const envelope = (await dispatch(channel, input)) as
    { ok: true; value: Output<C> } | { ok: false; error: { message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}

/** What the test reads back beside the UI: the envelope's value, or its Dutch message as an error. */
async function read<T>(app: TafelwerkApp, channel: string, input: unknown): Promise<T> {
  const envelope = (await app.call(channel, input)) as
    { ok: true; value: T } | { ok: false; error: { message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}

const TODAY = todayIso()
const plusDays = (days: number) => {
  const date = new Date(`${TODAY}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** A surname in no other record, so every place it is found comes from this case. */
const PERSON = 'Pieter Kwelderbloem'
const SOON = plusDays(30)
const FIRST_EXTENSION = plusDays(400)
const SECOND_EXTENSION = plusDays(800)

const seeded = {
  expired: { id: '', code: '' },
  soon: { id: '', code: '' },
  later: { id: '', code: '' },
  person: '',
  meetingToday: '',
}

/**
 * Three cases of table D, seeded through the real handlers:
 * - Zilte Wind, closed at a meeting of 12 March 2019: its retention (five
 *   years from closing) expired on 12 March 2024. Pieter Kwelderbloem was
 *   added by decision and is named in its summary and in a decision's text,
 *   once beside a sports hall that carries his surname.
 * - Hoge Duinen, in signaal, whose retention ends 30 days from today.
 * - Lage Polder, whose retention runs until 2031.
 * And a meeting today with an item about Hoge Duinen, for the extensions.
 */
async function seedRetention(vault: Vault) {
  await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
  const dispatch = createDispatcher(vault)
  const tables = await call(dispatch, 'reference:list', { kind: 'table', includeArchived: false })
  const tableD = tables.rows.find((row) => 'code' in row && row.code === 'D')
  if (!tableD) throw new Error('table D missing')
  const meeting = (date: string) =>
    call(dispatch, 'meeting:create', {
      tableId: tableD.id,
      values: { date, startTime: '14:00', location: 'Stadhuis Delft', chair: null, secretary: null, numberPrefix: '' },
      source: 'leeg',
    })
  const item = async (meetingId: string, caseId: string, title: string) =>
    (
      await call(dispatch, 'agenda:add', {
        meetingId,
        parentId: null,
        position: null,
        values: {
          title,
          type: 'voortgang',
          caseId,
          presenterPartnerId: null,
          durationMinutes: 15,
          confidential: true,
          notes: '',
          chairNotes: '',
          status: 'gepland',
        },
      })
    ).item.id

  const expired = await call(dispatch, 'case:create', {
    ...plainCase(tableD.id, 'Zilte Wind', { registeredOn: '2019-01-10', retentionUntil: '2024-01-10' }),
    summary: `Melding over ${PERSON} en zijn loods.`,
  })
  seeded.expired = { id: expired.id, code: expired.code }
  const past = await meeting('2019-03-12')
  const pastItem = await item(past.id, expired.id, 'Zilte Wind')
  const decide = (values: Input<'decision:record'>['values']) =>
    call(dispatch, 'decision:record', { agendaItemId: pastItem, values })
  const common = { text: '', refersToDecisionId: null, caseId: expired.id } as const
  await decide({ ...common, type: 'start-analyse' })
  const added = await decide({
    ...common,
    type: 'subject-toevoegen',
    subjects: [{ kind: 'persoon', name: PERSON, birthDate: '1970-02-03' }],
  })
  seeded.person = added.effect.subjects[0]?.subjectId ?? ''
  await decide({
    ...common,
    type: 'overig',
    text: `De OMT bespreekt de rol van ${PERSON} bij sporthal Kwelderbloem.`,
  })
  await decide({ ...common, type: 'start-casus', caseKind: 'lokaal' })
  await decide({ ...common, type: 'plan-van-aanpak' })
  await decide({ ...common, type: 'evaluatie' })
  await decide({
    ...common,
    type: 'afsluiten',
    reason: 'Geen aanknopingspunten meer.',
    closingReason: 'geen-aanknopingspunten',
  })

  const soon = await call(
    dispatch,
    'case:create',
    plainCase(tableD.id, 'Hoge Duinen', { registeredOn: '2025-01-10', retentionUntil: SOON }),
  )
  seeded.soon = { id: soon.id, code: soon.code }
  const later = await call(
    dispatch,
    'case:create',
    plainCase(tableD.id, 'Lage Polder', { registeredOn: '2026-01-10', retentionUntil: '2031-01-10' }),
  )
  seeded.later = { id: later.id, code: later.code }
  const today = await meeting(TODAY)
  await item(today.id, soon.id, 'Hoge Duinen')
  seeded.meetingToday = today.id
}

/** The rows of a group of the overview: code, alias, retention date and number of extensions. */
function groupRows(page: Page, group: RegExp): Promise<string[]> {
  return page
    .getByRole('table', { name: group })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')]
          .map((cell) => cell.textContent.trim())
          .filter((_text, index) => index !== 2)
          .join(' | '),
      ),
    )
}

const goTo = (page: Page, route: string) => page.evaluate((hash) => (window.location.hash = hash), `#/${route}`)

async function extendInMeeting(page: Page, until: string, reason: string): Promise<void> {
  await goTo(page, `vergaderingen/${seeded.meetingToday}/vergadermodus`)
  await heading(page, 'Vergadermodus')
  const form = page.getByRole('form', { name: 'Besluit vastleggen bij agendapunt 1' })
  await form.getByLabel('Soort besluit').selectOption({ label: 'Bewaartermijn verlengen' })
  await form.getByLabel('Nieuwe bewaartermijn tot').fill(until)
  await form.getByLabel('Reden (optioneel)').fill(reason)
  await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
  await expectFocused(form.getByRole('button', { name: 'Besluit vastleggen' }))
}

describe('retention', () => {
  describe('the Bewaartermijnen overview is reached from the Casussen page', () => {
    const { step } = tafelwerk.scenario(openVault)

    step('the Casussen page button opens the overview, which passes axe', async (app) => {
      const { page } = app
      await heading(page, 'Casussen')
      await page.getByRole('link', { name: 'Bewaartermijnen' }).click()
      await heading(page, 'Bewaartermijnen')
      await page.getByText('Geen casussen met een verlopen bewaartermijn.').waitFor()
      await checkScreen(app, 'Bewaartermijnen (leeg)')
    })
  })

  describe('an expired and an expiring case: extension by decision, purge after review', () => {
    const { step } = tafelwerk.scenario({ prepare: seedRetention })

    step('the overview puts each case in its group; a case far from its date is in neither', async (app) => {
      const { page } = app
      await heading(page, 'Casussen')
      await page.getByRole('link', { name: 'Bewaartermijnen' }).click()
      await heading(page, 'Bewaartermijnen')
      await expect
        .poll(() => groupRows(page, /^Verlopen/u))
        .toEqual([`${seeded.expired.code} | Zilte Wind | 12-03-2024 | 0`])
      expect(await groupRows(page, /^Verloopt binnen 90 dagen/u)).toEqual([
        `${seeded.soon.code} | Hoge Duinen | ${dutchDate(SOON)} | 0`,
      ])
      await page.getByRole('heading', { name: 'Verlopen (1)' }).waitFor()
      await page.getByRole('heading', { name: 'Verloopt binnen 90 dagen (1)' }).waitFor()
      expect(await page.getByText('Lage Polder').count()).toBe(0)
      await checkScreen(app, 'Bewaartermijnen: verlopen en binnenkort')
    })

    step('a purge of a case whose retention has not ended is refused in Dutch', async (app) => {
      const { page } = app
      await goTo(page, `bewaartermijnen/${seeded.later.id}/vernietigen`)
      await heading(page, `Persoonsgegevens vernietigen: ${seeded.later.code} Lage Polder`)
      const refusal = page.locator('.notice--warning', { hasText: 'Deze casus kan niet worden vernietigd' })
      await refusal
        .getByText(
          `De bewaartermijn van casus ${seeded.later.code} loopt tot en met 10-01-2031. Vernietigen kan pas daarna.`,
        )
        .waitFor()
      expect(await page.getByRole('button', { name: 'Persoonsgegevens vernietigen' }).count()).toBe(0)
      // The vault refuses it as well, whatever a screen would send.
      const preview = await read<Output<'retention:purge-preview'>>(app, 'retention:purge-preview', {
        caseId: seeded.later.id,
      })
      const answer = (await app.call('retention:purge', {
        caseId: seeded.later.id,
        fingerprint: preview.fingerprint,
        confirmed: [],
      })) as { ok: boolean; error?: { message: string } }
      expect(answer.ok).toBe(false)
      expect(answer.error?.message).toBe(preview.refusal)
      expect((await read<Output<'case:get'>>(app, 'case:get', { id: seeded.later.id })).alias).toBe('Lage Polder')
      await checkScreen(app, 'Vernietigen geweigerd: bewaartermijn loopt nog')
    })

    step('an extension decision in the meeting moves the date; the case page lists it', async (app) => {
      const { page } = app
      await extendInMeeting(page, FIRST_EXTENSION, 'Het onderzoek naar de huurders loopt nog.')
      await page
        .getByText(`bewaartermijn ${dutchDate(SOON)} → ${dutchDate(FIRST_EXTENSION)}`, { exact: false })
        .first()
        .waitFor()
      expect((await read<Output<'case:get'>>(app, 'case:get', { id: seeded.soon.id })).retentionUntil).toBe(
        FIRST_EXTENSION,
      )

      await goTo(page, `casussen/${seeded.soon.id}`)
      await heading(page, `${seeded.soon.code} Hoge Duinen`)
      const section = page.getByRole('region', { name: 'Verlengingen van de bewaartermijn' })
      await expect
        .poll(() => section.locator('tbody tr').allInnerTexts())
        .toEqual([expect.stringContaining(`${dutchDate(SOON)} → ${dutchDate(FIRST_EXTENSION)}`)])
      expect(await section.getByText(/keer verlengd/u).count()).toBe(0)
    })

    step('a second extension brings the warning against routine extension', async (app) => {
      const { page } = app
      await extendInMeeting(page, SECOND_EXTENSION, 'De OMT stelt opnieuw vast dat de gegevens nodig zijn.')
      await goTo(page, `casussen/${seeded.soon.id}`)
      await heading(page, `${seeded.soon.code} Hoge Duinen`)
      const section = page.getByRole('region', { name: 'Verlengingen van de bewaartermijn' })
      await section.getByText('De bewaartermijn is 2 keer verlengd').waitFor()
      await section.getByText(/Raad van State waarschuwt/u).waitFor()
      expect(await section.locator('tbody tr').allInnerTexts()).toEqual([
        expect.stringContaining(`${dutchDate(SOON)} → ${dutchDate(FIRST_EXTENSION)}`),
        expect.stringContaining(`${dutchDate(FIRST_EXTENSION)} → ${dutchDate(SECOND_EXTENSION)}`),
      ])
      await checkScreen(app, 'Casus met twee verlengingen')

      // Extended past the 90 days, the case has left the overview.
      await goTo(page, 'bewaartermijnen')
      await heading(page, 'Bewaartermijnen')
      await page.getByRole('heading', { name: 'Verloopt binnen 90 dagen (0)' }).waitFor()
    })

    step('from the overview to the expired case, and to its review step', async (app) => {
      const { page } = app
      await page.getByRole('link', { name: seeded.expired.code }).click()
      await heading(page, `${seeded.expired.code} Zilte Wind`)
      await page.getByText('De bewaartermijn is verlopen op 12 maart 2024').waitFor()
      await page.getByRole('link', { name: 'Persoonsgegevens vernietigen' }).click()
      await heading(page, `Persoonsgegevens vernietigen: ${seeded.expired.code} Zilte Wind`)
      const review = page.getByRole('group', { name: /Vervang deze vermeldingen/u })
      const found = review.getByRole('checkbox')
      // The full name in the summary and in the decision, and the surname alone beside the sports hall.
      await expect.poll(() => found.count()).toBe(3)
      // Each with its place and the text around it; an ellipsis only where the text goes on.
      const decision = `Besluit OMT-D 2019-003, tekst: `
      expect(
        await found.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)),
      ).toEqual([
        `Casus ${seeded.expired.code}, samenvatting: Melding over ${PERSON} en zijn loods.`,
        `${decision}De OMT bespreekt de rol van ${PERSON} bij sporthal Kwelderbloem.`,
        `${decision}…ol van ${PERSON} bij sporthal Kwelderbloem.`,
      ])
      await page
        .getByText(`1 subject of object dat in geen andere casus voorkomt: ${PERSON} (natuurlijk persoon)`)
        .waitFor()
      for (const box of await found.all()) expect(await box.isChecked()).toBe(true)
      await page.getByRole('heading', { name: 'Namen in vrije tekst (3)' }).waitFor()
      await checkScreen(app, 'Vernietigen: controle van namen in vrije tekst')
    })

    step('the review: the sports hall is kept; without the confirmation nothing is purged', async (app) => {
      const { page } = app
      const review = page.getByRole('group', { name: /Vervang deze vermeldingen/u })
      // The one whose marked text is the surname alone: "… bij sporthal [Kwelderbloem]."
      const surnameOnly = review
        .locator('.checkbox', { has: page.locator('mark', { hasText: /^Kwelderbloem$/u }) })
        .getByRole('checkbox')
      await surnameOnly.press('Space')
      expect(await surnameOnly.isChecked()).toBe(false)
      await page.getByRole('button', { name: 'Persoonsgegevens vernietigen' }).click()
      const understood = page.getByLabel('Ik begrijp dat vernietigen niet ongedaan kan worden.')
      await expectFocused(understood)
      await page.getByText('Bevestig dat u begrijpt dat vernietigen niet ongedaan kan worden.').first().waitFor()
      expect((await read<Output<'case:get'>>(app, 'case:get', { id: seeded.expired.id })).subjects).toHaveLength(1)
      await checkScreen(app, 'Vernietigen: bevestiging ontbreekt')
    })

    step('the case changed meanwhile: nothing is purged, and the new review comes with why', async (app) => {
      const { page } = app
      const detail = await read<Output<'case:get'>>(app, 'case:get', { id: seeded.expired.id })
      await read(app, 'case:update', {
        id: seeded.expired.id,
        values: { ...editable(detail), summary: `${detail.summary}\n\nAanvulling van de politie.` },
      })
      await page.getByLabel('Ik begrijp dat vernietigen niet ongedaan kan worden.').check()
      await page.getByRole('button', { name: 'Persoonsgegevens vernietigen' }).click()
      const why = page.getByRole('alert').filter({
        hasText:
          'De gegevens van deze casus zijn gewijzigd sinds het overzicht van wat wordt vernietigd. Er is niets vernietigd; bekijk het nieuwe overzicht en bevestig de namen opnieuw.',
      })
      await why.waitFor()
      await expectFocused(why.locator('..'))
      expect((await read<Output<'case:get'>>(app, 'case:get', { id: seeded.expired.id })).subjects).toHaveLength(1)
      // The new review asks again: every name ticked, the confirmation not given.
      const review = page.getByRole('group', { name: /Vervang deze vermeldingen/u })
      for (const box of await review.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(true)
      expect(await page.getByLabel('Ik begrijp dat vernietigen niet ongedaan kan worden.').isChecked()).toBe(false)
      await checkScreen(app, 'Vernietigen: casus intussen gewijzigd')
      const surnameOnly = review
        .locator('.checkbox', { has: page.locator('mark', { hasText: /^Kwelderbloem$/u }) })
        .getByRole('checkbox')
      await surnameOnly.press('Space')
    })

    step('the purge removes the person and the confirmed names; it is in the log', async (app) => {
      const { page } = app
      await page.getByLabel('Ik begrijp dat vernietigen niet ongedaan kan worden.').check()
      await page.getByRole('button', { name: 'Persoonsgegevens vernietigen' }).click()
      await page
        .getByRole('status')
        .getByText(
          `Casus ${seeded.expired.code} is vernietigd: 1 subject, 0 bijlagen en 2 namen in vrije tekst verwijderd.`,
        )
        .waitFor()
      // Focus is on the result, not lost with the removed button; Tab goes on to its first link.
      await expectFocused(page.locator('div[tabindex="-1"]', { hasText: `Casus ${seeded.expired.code} is vernietigd` }))
      await page.keyboard.press('Tab')
      await expectFocused(page.getByRole('link', { name: 'Naar de casus' }))
      await checkScreen(app, 'Vernietigen: resultaat')

      // In the vault: the subject is gone, the confirmed names replaced, the unticked one kept.
      const detail = await read<Output<'case:get'>>(app, 'case:get', { id: seeded.expired.id })
      expect(detail.subjects).toEqual([])
      expect(detail.summary).toBe('Melding over [naam verwijderd] en zijn loods.\n\nAanvulling van de politie.')
      const subject = (await app.call('subject:get', { id: seeded.person })) as { ok: boolean }
      expect(subject.ok).toBe(false)

      // On the case page: no subjects, and the decision's text as the review left it.
      await page.getByRole('link', { name: 'Naar de casus' }).click()
      await heading(page, `${seeded.expired.code} Zilte Wind`)
      await page.getByText('De OMT bespreekt de rol van [naam verwijderd] bij sporthal Kwelderbloem.').first().waitFor()
      expect(await page.getByText(PERSON).count()).toBe(0)

      // The purge is a processing of its own in the log: activity bewaartermijn, about this case.
      const log = await read<Output<'processing-log:page'>>(app, 'processing-log:page', {
        filters: {
          fromMs: null,
          toMs: null,
          recordId: null,
          subjectId: null,
          activityId: null,
          channel: 'retention:purge',
        },
        cursor: null,
        limit: 10,
      })
      const calls = log.rows.filter((row) => row.parentSpanId === null)
      // Newest first: this purge, the one refused because the case had changed, and the refused one of
      // Lage Polder, each failed one logged against its case.
      expect(calls.map((row) => [row.activityId, row.status])).toEqual([
        ['bewaartermijn', 'Ok'],
        ['bewaartermijn', 'Error'],
        ['bewaartermijn', 'Error'],
      ])
      expect(calls[0]?.records).toContainEqual({ kind: 'casus', id: seeded.expired.id })
      expect(calls[1]?.records).toEqual([{ kind: 'casus', id: seeded.expired.id }])
      expect(calls[2]?.records).toEqual([{ kind: 'casus', id: seeded.later.id }])

      // And it has left the overview: what the case still holds is anonymous.
      await goTo(page, 'bewaartermijnen')
      await heading(page, 'Bewaartermijnen')
      await page.getByText('Geen casussen met een verlopen bewaartermijn.').waitFor()
    })
  })
})
