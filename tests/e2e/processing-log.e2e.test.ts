import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, vi } from 'vitest'
import { createDispatcher } from '../../db/handlers/dispatch'
import { closeDatabase, openEncryptedDatabase } from '../../db/vault/open-database'
import type { Vault } from '../../db/vault/vault'
import type { Input, Output } from '../../shared/contract/index'
import { checkScreen } from './harness/check-screen'
import { expectFocused, tabTo } from './harness/keyboard'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { plainCase } from '../support/plain-case'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Elke verwerking staat in het logboek'
const tafelwerk = useTafelwerk()

type Dispatch = ReturnType<typeof createDispatcher>
type Seeding = 'case:create' | 'case:get' | 'case:link-subject' | 'reference:list' | 'meeting:create'

async function call<C extends Seeding>(dispatch: Dispatch, channel: C, input: Input<C>): Promise<Output<C>> {
  const envelope = (await dispatch(channel, input)) as
    { ok: true; value: Output<C> } | { ok: false; error: { message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`)
  return envelope.value
}

/** Runs the calls as if it were that moment, so the log holds entries of other days than today. */
async function at<T>(moment: string, run: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(moment))
  try {
    return await run()
  } finally {
    vi.useRealTimers()
  }
}

const createVault = async (vault: Vault) => {
  await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
  const dispatch = createDispatcher(vault)
  const tables = await call(dispatch, 'reference:list', { kind: 'table', includeArchived: false })
  const tableD = tables.rows.find((row) => 'code' in row && row.code === 'D')
  if (!tableD) throw new Error('table D missing')
  return { dispatch, tableId: tableD.id }
}

const seeded = { grijzeKade: '', rodeHaven: '', janKwelder: '', involvement: '', meeting: '' }

/**
 * Through the real dispatcher, so every call is logged as the app logs it:
 *  1 case:create Grijze Kade (15 October)
 *  2 case:create Rode Haven, 3–4 case:link-subject Jan Kwelder (call and subject span),
 *  5–6 case:get Rode Haven (call and subject span) (20 November)
 *  7 case:get Grijze Kade, 8 meeting:create (today)
 */
async function seedLog(vault: Vault) {
  const { dispatch, tableId } = await createVault(vault)
  await at('2026-10-15T10:00:00Z', async () => {
    const dates = { registeredOn: '2026-10-15', retentionUntil: '2031-10-15' }
    seeded.grijzeKade = (await call(dispatch, 'case:create', plainCase(tableId, 'Grijze Kade', dates))).id
  })
  await at('2026-11-20T10:00:00Z', async () => {
    const dates = { registeredOn: '2026-11-20', retentionUntil: '2031-11-20' }
    seeded.rodeHaven = (await call(dispatch, 'case:create', plainCase(tableId, 'Rode Haven', dates))).id
    const link = await call(dispatch, 'case:link-subject', {
      caseId: seeded.rodeHaven,
      openedOn: '2026-11-20',
      subject: { kind: 'persoon', name: 'Jan Kwelder', birthDate: '1971-04-05' },
    })
    seeded.janKwelder = link.subjectId
    seeded.involvement = link.involvementId
    await call(dispatch, 'case:get', { id: seeded.rodeHaven })
  })
  await call(dispatch, 'case:get', { id: seeded.grijzeKade })
  const meeting = await call(dispatch, 'meeting:create', {
    tableId,
    values: {
      date: '2026-12-10',
      startTime: '14:00',
      location: 'Stadhuis Delft',
      chair: null,
      secretary: null,
      numberPrefix: '',
    },
    source: 'leeg',
  })
  seeded.meeting = meeting.id
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Verwerkingenlog' })

/** The loaded rows as a reader sees them: number, handeling, betrokkene, records. */
function shownRows(page: Page): Promise<string[]> {
  return grid(page)
    .locator('tbody tr.log-grid__row:not(.is-loading)')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim())
        // The records of an entry come in no particular order.
        const records = (cells[6] ?? '').split(', ').sort().join(', ')
        return [cells[0], cells[2], cells[5], records].filter((text) => text !== '').join(' | ')
      }),
    )
}

const expectRows = (page: Page, rows: unknown[]) => expect.poll(() => shownRows(page), { timeout: 5000 }).toEqual(rows)

const filters = (page: Page) => page.getByRole('form', { name: 'Filters van het verwerkingenlog' })

async function clearFilters(page: Page): Promise<void> {
  await filters(page).getByRole('button', { name: 'Filters wissen' }).click()
  await filters(page).getByRole('button', { name: 'Filters wissen' }).waitFor({ state: 'detached' })
}

const JAN = 'Jan Kwelder (natuurlijk persoon)'
const casus = (id: string) => `casus ${id}`

const sorted = (...records: string[]) => records.sort().join(', ')

/** The seeded entries as shownRows gives them, records sorted. */
const entry = {
  1: () => `1 | case:create | ${casus(seeded.grijzeKade)}`,
  2: () => `2 | case:create | ${casus(seeded.rodeHaven)}`,
  3: () =>
    `3 | case:link-subject | ${sorted(`betrokkene ${seeded.janKwelder}`, `betrokkenheid ${seeded.involvement}`, casus(seeded.rodeHaven))}`,
  4: () => `4 | case:link-subject | ${JAN}`,
  5: () => `5 | case:get | ${sorted(`betrokkenheid ${seeded.involvement}`, casus(seeded.rodeHaven))}`,
  6: () => `6 | case:get | ${JAN}`,
  7: () => `7 | case:get | ${casus(seeded.grijzeKade)}`,
  8: () => `8 | meeting:create | vergadering ${seeded.meeting}`,
}
const entries = (...seqs: (keyof typeof entry)[]) => seqs.map((seq) => entry[seq]())

describe('the processing log viewer', () => {
  describe('filters, keyboard and export over a seeded log', () => {
    const { step } = tafelwerk.scenario({ prepare: seedLog, route: 'instellingen/verwerkingenlog' })

    step('shows every entry, newest first, and the chain as intact, in full on request', async (app) => {
      const { page } = app
      await heading(page, 'Verwerkingenlog', 2)
      await expect.poll(() => shownRows(page)).toEqual(entries(8, 7, 6, 5, 4, 3, 2, 1))
      await page.getByText('8 regels in het log, nieuwste eerst.', { exact: false }).waitFor()

      const chain = page.getByRole('region', { name: 'De keten van het log is intact' })
      // Found at unlock: the vault was made just before, with no entries yet.
      await chain
        .getByText(/^Gecontroleerd op \d\d-\d\d-\d{4} \d\d:\d\d: het log had toen nog geen regels\.$/u)
        .waitFor()
      await chain.getByRole('button', { name: 'Volledig controleren' }).click()
      // Everything up to now: the eight seeded entries and the viewer's own reading of the log (toezicht).
      const full = chain.getByText(/^Gecontroleerd op .*: regel 1 tot en met (\d+) zijn in orde\.$/u)
      await full.waitFor()
      const through = Number(/tot en met (\d+)/u.exec(await full.innerText())?.[1])
      expect(through).toBeGreaterThanOrEqual(9)
      const latest = (await app.call('processing-log:page', {
        filters: { fromMs: null, toMs: null, recordId: null, subjectId: null, activityId: null, channel: null },
        cursor: null,
        limit: 1,
      })) as { ok: true; value: Output<'processing-log:page'> }
      expect(latest.value.rows[0]?.seq).toBe(through)
      await checkScreen(app, 'Verwerkingenlog')
    })

    step('the period filter, typed and applied with Enter, and combined with the channel', async (app) => {
      const { page } = app
      await filters(page).getByLabel('Vanaf').fill('2026-11-01')
      await filters(page).getByLabel('Tot en met').fill('2026-11-30')
      await filters(page).getByLabel('Tot en met').press('Enter')
      await expectRows(page, entries(6, 5, 4, 3, 2))
      await page.getByText('5 regels met deze filters, nieuwste eerst.', { exact: false }).waitFor()
      await filters(page).getByLabel('Handeling').selectOption('case:get')
      await filters(page).getByRole('button', { name: 'Filteren' }).click()
      await expectRows(page, entries(6, 5))

      // A period that ends before it starts is refused at its field, and the rows stay as they were.
      await filters(page).getByLabel('Tot en met').fill('2026-10-31')
      await filters(page).getByRole('button', { name: 'Filteren' }).click()
      await filters(page).getByText('De einddatum ligt vóór de begindatum.', { exact: false }).first().waitFor()
      await expectFocused(filters(page).getByLabel('Tot en met'))
      await expectRows(page, entries(6, 5))
      await checkScreen(app, 'Verwerkingenlog: einddatum vóór begindatum')
      await clearFilters(page)
    })

    step('the channel, record, activity and subject filters each show their own entries', async (app) => {
      const { page } = app
      const form = filters(page)
      await form.getByLabel('Handeling').selectOption('case:get')
      await form.getByRole('button', { name: 'Filteren' }).click()
      await expectRows(page, entries(7, 6, 5))
      await clearFilters(page)

      await form.getByLabel('Record-id').fill(seeded.rodeHaven)
      await form.getByLabel('Record-id').press('Enter')
      await expectRows(page, entries(5, 3, 2))
      await clearFilters(page)

      await form.getByLabel('Activiteit').selectOption({ label: 'Voorbereiden OMT' })
      await form.getByRole('button', { name: 'Filteren' }).click()
      await expectRows(page, entries(8))
      await clearFilters(page)

      await form.getByLabel('Betrokkene zoeken').fill('Kwelder')
      const subject = form.getByLabel('Betrokkene', { exact: true })
      await subject.locator(`option[value="${seeded.janKwelder}"]`).waitFor({ state: 'attached' })
      await subject.selectOption(seeded.janKwelder)
      await form.getByRole('button', { name: 'Filteren' }).click()
      await expect.poll(async () => (await shownRows(page)).every((row) => row.includes(JAN))).toBe(true)
      // The two seeded spans about Jan Kwelder, and the one search just made to find him (it read his name).
      expect(await shownRows(page)).toEqual([
        expect.stringMatching(new RegExp(`^\\d+ \\| search:query \\| ${JAN.replace(/[()]/gu, '\\$&')}$`, 'u')),
        ...entries(6, 4),
      ])
      await checkScreen(app, 'Verwerkingenlog: gefilterd op betrokkene')
      await clearFilters(page)
    })

    step('the grid is one tab stop; arrows, End and Home move between the rows', async (app) => {
      const { page } = app
      const rows = grid(page).locator('tbody tr.log-grid__row')
      await rows.first().waitFor()
      await page.getByRole('button', { name: 'Filteren' }).focus()
      await tabTo(page, rows.first(), 5)
      await page.keyboard.press('ArrowDown')
      await expectFocused(rows.nth(1))
      await page.keyboard.press('ArrowDown')
      await expectFocused(rows.nth(2))
      await page.keyboard.press('ArrowUp')
      await expectFocused(rows.nth(1))
      await page.keyboard.press('End')
      // The oldest entry, number 1, is the last row.
      await expectFocused(rows.filter({ has: page.locator('td.log-grid__seq', { hasText: /^1$/u }) }))
      await page.keyboard.press('Home')
      await expectFocused(rows.first())
      // One tab stop: Tab leaves the grid for the export form.
      await page.keyboard.press('Tab')
      await expectFocused(page.getByLabel('Doel van de export'))
    })

    step('exports what the filters select to CSV and to JSON, with the purpose in the log', async (app) => {
      const { page } = app
      await filters(page).getByLabel('Handeling').selectOption('case:create')
      await filters(page).getByRole('button', { name: 'Filteren' }).click()
      await expectRows(page, entries(2, 1))

      const exporting = page.getByRole('form', { name: 'Verwerkingenlog exporteren' })
      await exporting.getByRole('button', { name: 'Exporteren als CSV' }).click()
      await expectFocused(exporting.getByLabel('Doel van de export'))
      await exporting.getByText('Geef het doel van deze export.').first().waitFor()
      const purpose = 'Controle door de functionaris gegevensbescherming'
      await exporting.getByLabel('Doel van de export').fill(purpose)
      await exporting.getByRole('button', { name: 'Exporteren als CSV' }).click()
      const day = new Date().toISOString().slice(0, 10)
      await exporting.getByText(`Opgeslagen als Verwerkingenlog ${day}.csv (2 regels, CSV).`).waitFor()
      const csv = readFileSync(join(app.exportTarget.folder, `Verwerkingenlog ${day}.csv`), 'utf8')
      const [header, ...lines] = csv
        .replace(/^\uFEFF/u, '')
        .trimEnd()
        .split('\r\n')
      const columns = header?.split(';') ?? []
      const cell = (line: string | undefined, column: string) => line?.split(';')[columns.indexOf(column)]
      expect(lines).toHaveLength(2)
      expect(lines.map((line) => cell(line, 'name'))).toEqual(['case:create', 'case:create'])
      expect(lines.map((line) => cell(line, 'tafelwerk.records'))).toEqual([
        `casus:${seeded.rodeHaven}`,
        `casus:${seeded.grijzeKade}`,
      ])
      expect(lines.map((line) => cell(line, 'start_time'))).toEqual([
        expect.stringMatching(/^2026-11-20T10:00:00\.\d{3}Z$/u),
        expect.stringMatching(/^2026-10-15T10:00:00\.\d{3}Z$/u),
      ])
      expect(lines.map((line) => cell(line, 'tafelwerk.user_name'))).toEqual(['Test Secretaris', 'Test Secretaris'])

      await exporting.getByRole('button', { name: 'Exporteren als JSON' }).click()
      await exporting.getByText(`Opgeslagen als Verwerkingenlog ${day}.json (2 regels, JSON).`).waitFor()
      const json = JSON.parse(readFileSync(join(app.exportTarget.folder, `Verwerkingenlog ${day}.json`), 'utf8')) as {
        resourceSpans: {
          scopeSpans: {
            spans: {
              name: string
              startTimeUnixNano: string
              attributes: { key: string; value: { stringValue?: string; intValue?: string } }[]
            }[]
          }[]
        }[]
      }
      const spans = json.resourceSpans[0]?.scopeSpans[0]?.spans ?? []
      const attribute = (span: (typeof spans)[number], key: string) =>
        span.attributes.find((entry) => entry.key === key)?.value
      expect(spans.map((span) => span.name)).toEqual(['case:create', 'case:create'])
      expect(spans.map((span) => attribute(span, 'tafelwerk.seq'))).toEqual([{ intValue: '2' }, { intValue: '1' }])
      expect(spans.map((span) => attribute(span, 'dpl.core.processing_activity_id'))).toEqual([
        { stringValue: 'urn:tafelwerk:verwerkingsactiviteit:casusregistratie' },
        { stringValue: 'urn:tafelwerk:verwerkingsactiviteit:casusregistratie' },
      ])
      expect(spans[1]?.startTimeUnixNano).toBe(`${String(Date.parse('2026-10-15T10:00:00Z'))}000000`)

      // Both exports are in the log themselves, with the purpose the user gave.
      await clearFilters(page)
      await filters(page).getByLabel('Handeling').selectOption('processing-log:export')
      await filters(page).getByRole('button', { name: 'Filteren' }).click()
      await expect
        .poll(() =>
          grid(page)
            .locator('tbody tr.log-grid__row')
            .evaluateAll((rows) => rows.map((row) => row.querySelector('.log-grid__purpose')?.textContent)),
        )
        .toEqual([purpose, purpose])
      await checkScreen(app, 'Verwerkingenlog: geëxporteerd')
    })
  })

  describe('a log changed behind the app’s back', () => {
    // The harness deletes the folder when the scenario ends, as it does its own.
    const brokenFolder = mkdtempSync(join(tmpdir(), 'tafelwerk-e2e-'))
    const broken = async (vault: Vault) => {
      await seedLog(vault)
      const dataKey = Buffer.from(await vault.revealDataKey(PASSPHRASE), 'hex')
      vault.lock()
      // What someone holding the key could do with a SQLCipher tool: the triggers dropped, a row's time changed.
      const sqlite = openEncryptedDatabase(join(brokenFolder, 'tafelwerk.vault'), dataKey, { create: false })
      try {
        sqlite.exec('DROP TRIGGER processing_log_no_update; DROP TRIGGER processing_log_no_delete')
        const moved = Date.parse('2026-11-04T08:30:00Z')
        sqlite.prepare('UPDATE processing_log SET start_time = ?, end_time = ? WHERE seq = 3').run(moved, moved)
      } finally {
        closeDatabase(sqlite)
      }
      await vault.unlock(PASSPHRASE)
    }
    const { step } = tafelwerk.scenario({ folder: brokenFolder, prepare: broken })
    // Amsterdam time, as the message gives it: 08:30 UTC is 09:30 in November.
    const message =
      'De eerste gewijzigde regel is regel 3 (vastgelegd op 04-11-2026 09:30): die is veranderd nadat hij was vastgelegd.'

    step('a banner names the first changed entry and leads to the viewer, which says the same', async (app) => {
      const { page } = app
      await heading(page, 'Casussen')
      const banner = page.getByRole('region', { name: 'Het verwerkingenlog is niet meer sluitend' })
      await banner.getByText(message).waitFor()
      await checkScreen(app, 'Verwerkingenlog verbroken: melding')
      await banner.getByRole('link', { name: 'Naar het verwerkingenlog' }).click()
      await heading(page, 'Verwerkingenlog', 2)
      const chain = page.getByRole('region', { name: 'De keten van het log is verbroken' })
      await chain.getByText(message).waitFor()
      // A full check finds the same first bad entry.
      await chain.getByRole('button', { name: 'Volledig controleren' }).click()
      await expect.poll(() => chain.getAttribute('aria-busy')).toBeNull()
      await chain.getByText(message).waitFor()
      // The entry itself is still shown, with the time it now claims.
      await expect.poll(() => shownRows(page)).toContainEqual(entry[3]())
      await checkScreen(app, 'Verwerkingenlog verbroken: viewer')
    })

    step('the privacy officer records what happened; the statement is logged and the banner goes', async (app) => {
      const { page } = app
      const chain = page.getByRole('region', { name: 'De keten van het log is verbroken' })
      const reason = chain.getByRole('textbox', { name: 'Wat is er gebeurd en wat heeft u gedaan?' })
      await reason.fill('Getest')
      await chain.getByRole('button', { name: 'Verklaring vastleggen' }).click()
      await chain.getByText('Beschrijf in minstens 10 tekens wat er is gebeurd en wat u heeft gedaan.').waitFor()
      await expectFocused(reason)
      await checkScreen(app, 'Verwerkingenlog verbroken: verklaring te kort')
      const statement = 'Regel 3 is bij een test met de hand gewijzigd; melding gedaan bij de FG.'
      await reason.fill(statement)
      await chain.getByRole('button', { name: 'Verklaring vastleggen' }).click()
      await page.getByRole('region', { name: 'De keten van het log is intact' }).waitFor()
      await expectFocused(page.getByRole('heading', { name: 'De keten van het log is intact' }))
      await page
        .getByRole('region', { name: 'Het verwerkingenlog is niet meer sluitend' })
        .waitFor({ state: 'detached' })
      const logged = (await app.call('processing-log:page', {
        filters: {
          fromMs: null,
          toMs: null,
          recordId: null,
          subjectId: null,
          activityId: null,
          channel: 'processing-log:acknowledge-break',
        },
        cursor: null,
        limit: 10,
      })) as { ok: true; value: Output<'processing-log:page'> }
      expect(logged.value.rows.map((row) => row.purpose)).toEqual([statement])
      await checkScreen(app, 'Verwerkingenlog: breuk verantwoord')
    })
  })
})
