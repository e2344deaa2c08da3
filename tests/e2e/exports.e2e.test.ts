import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { Output } from '../../shared/contract/index'
import {
  CHAIR_NOTES,
  CONFIDENTIAL_TITLE,
  type SeededMeeting,
  SUBJECT_NAMES,
  seedEmptyMeeting,
  seedMeeting,
} from '../support/export-seed'
import { checkScreen } from './harness/check-screen'
import { TafelwerkApp } from './harness/tafelwerk-app'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'vergadering op donderdag in Delft'
const DEMO_PAGE = resolve(import.meta.dirname, '../../docs/verslag-pagina-1.png')
const tafelwerk = useTafelwerk()

/** All text of a PDF with its line breaks and hyphen-free wrapping folded into single spaces. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ')
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })

async function saveWithButton(
  app: TafelwerkApp,
  button: 'Opslaan als PDF' | 'Opslaan als Word',
  fileName: string,
): Promise<string> {
  const purpose = app.page.getByLabel('Doel van de export')
  if (!(await purpose.inputValue())) await purpose.fill('verslag aan de partners')
  await app.page.getByRole('button', { name: button }).click()
  await app.page
    .getByRole('status')
    .filter({ hasText: `Opgeslagen als ‘${fileName}’` })
    .waitFor({ timeout: 60_000 })
  return join(app.exportTarget.folder, fileName)
}

async function saveByCall(
  app: TafelwerkApp,
  input: { meetingId: string; document: string; variant: string; format: string },
): Promise<string> {
  const answer = await app.call('export:save', { ...input, purpose: 'verslag aan de partners' })
  if (!answer.ok) throw new Error(JSON.stringify(answer.error))
  const result = answer.value as Output<'export:save'>
  if (!result.saved) throw new Error('not saved')
  return join(app.exportTarget.folder, result.fileName)
}

describe('previews and saves the minutes, decision list and agenda as PDF and Word, with every mark the issue asks for', () => {
  let seeded: SeededMeeting
  const { step } = tafelwerk.scenario({
    prepare: async (vault) => {
      await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
      seeded = await seedMeeting(createDispatcher(vault), vault)
    },
    route: 'exporteren',
  })

  step('without a meeting in the address, the page offers the meetings; the preview opens from there', async (app) => {
    const { page } = app
    // Without a meeting in the address, the page offers the meetings; the preview opens from there.
    await heading(page, 'Exporteren')
    await page.getByRole('link', { name: 'OMT D, 12-03-2026' }).click()
    await page.getByRole('heading', { name: 'Verslag OMT D (Delft en Westland)', level: 1 }).waitFor()
    await checkScreen(app, 'Exporteren: voorbeeld verslag')
  })

  step('asks what the export is for before anything leaves the laptop, at the field, in Dutch', async (app) => {
    const { page } = app
    await page.getByRole('button', { name: 'Opslaan als PDF' }).click()
    const purpose = page.getByRole('textbox', { name: 'Doel van de export' })
    await expect.poll(() => purpose.getAttribute('aria-invalid')).toBe('true')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('purpose')
    await page.getByText('Vul in waarvoor u dit exporteert, bijvoorbeeld ‘verslag aan de partners’.').first().waitFor()
    await checkScreen(app, 'Exporteren: doel ontbreekt')
    expect(() => readdirSync(app.exportTarget.folder)).toThrow()
    // Two letters name no purpose; the bridge refuses them too, at the same field.
    const refused = await app.call('export:save', {
      meetingId: seeded.meeting.id,
      document: 'verslag',
      variant: 'volledig',
      format: 'pdf',
      purpose: ' ab ',
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(Object.keys((refused as { error: { fields: object } }).error.fields)).toEqual(['purpose'])
    await purpose.fill('verslag aan de partners')
    await expect.poll(() => purpose.getAttribute('aria-invalid')).toBe(null)
  })

  step(
    'the minutes as PDF through the real print route, as concept, with a table of contents that points right',
    async (app) => {
      // Minutes to PDF through the real print route, as concept.
      const minutes = await saveWithButton(app, 'Opslaan als PDF', 'Verslag OMT D 2026-03-12.pdf')
      const text = pdfText(minutes)
      for (const decision of seeded.decisions) {
        expect(text).toContain(decision.code)
        expect(text).toContain(decision.text.replace(/\s+/gu, ' '))
      }
      expect(seeded.partnerNames.length).toBeGreaterThan(5)
      for (const partner of seeded.partnerNames) expect(text).toContain(partner)
      expect(text).toContain('Universiteit Leiden')
      expect(text).toContain('pagina 1 van')
      expect(text).toContain('VERTROUWELIJK')
      expect(text).toContain('CONCEPT')
      expect(text).toContain('Bijlage: openstaande actiepunten')
      for (const note of CHAIR_NOTES) expect(text).not.toContain(note)
      const info = pdfInfo(minutes)
      expect(info).toMatch(/Title:\s+Verslag OMT D \(Delft en Westland\), 12 maart 2026/u)
      expect(info).toMatch(/Author:\s+Fatima el Amrani, secretaris OMT D/u)
      expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/u)
      expect(info).toMatch(/Tagged:\s+yes/u)
      // Longer than five pages: a table of contents whose page numbers are where the headings are.
      expect(Number(/Pages:\s+(\d+)/u.exec(info)?.[1])).toBeGreaterThan(5)
      expect(text).toContain('Inhoud Aanwezigheid')
      const appendixPage = Number(/Bijlage: openstaande actiepunten (\d+)/u.exec(text)?.[1])
      expect(appendixPage).toBeGreaterThan(1)
      expect(
        execFileSync('pdftotext', ['-f', String(appendixPage), '-l', String(appendixPage), minutes, '-'], {
          encoding: 'utf8',
        }),
      ).toContain('Bijlage: openstaande actiepunten')
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        minutes,
        DEMO_PAGE.replace(/\.png$/u, ''),
      ])
    },
  )

  step('the same minutes as Word: LibreOffice opens it and finds the same decisions', async (app) => {
    // The same minutes as Word: LibreOffice opens it and finds the same decisions.
    const docx = await saveWithButton(app, 'Opslaan als Word', 'Verslag OMT D 2026-03-12.docx')
    const converted = mkdtempSync(join(tmpdir(), 'tafelwerk-docx-'))
    try {
      execFileSync(
        'libreoffice',
        [
          '--headless',
          `-env:UserInstallation=file://${converted}/profiel`,
          '--convert-to',
          'pdf',
          '--outdir',
          converted,
          docx,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      )
      const wordText = pdfText(join(converted, 'Verslag OMT D 2026-03-12.pdf'))
      for (const decision of seeded.decisions) expect(wordText).toContain(decision.code)
      expect(wordText).toContain('VERTROUWELIJK')
      expect(wordText).toMatch(/pagina 1 van \d+/u)
    } finally {
      rmSync(converted, { recursive: true, force: true })
    }
  })

  step('the pseudonymised decision list: every decision, no subject or object name', async (app) => {
    const { page } = app
    // The pseudonymised decision list: every decision, no subject or object name.
    await page.getByLabel('Document', { exact: true }).selectOption('besluitenlijst')
    await page.getByLabel('Variant', { exact: true }).selectOption('gepseudonimiseerd')
    await page.getByRole('heading', { name: 'Besluitenlijst OMT D (Delft en Westland)', level: 1 }).waitFor()
    await checkScreen(app, 'Exporteren: gepseudonimiseerde besluitenlijst')
    const list = pdfText(
      await saveWithButton(app, 'Opslaan als PDF', 'Besluitenlijst OMT D 2026-03-12 (gepseudonimiseerd).pdf'),
    )
    for (const decision of seeded.decisions) expect(list).toContain(decision.code)
    for (const name of [...SUBJECT_NAMES, 'Verbeek', '27123456']) expect(list).not.toContain(name)
    expect(list).toContain('subject A')
  })

  step("the participants' agenda leaves confidential items out; the other agenda variants", async (app) => {
    const { page } = app
    const meetingId = seeded.meeting.id
    // The participants' agenda, confidential items left out: no chair notes, no confidential title.
    await page.getByLabel('Document', { exact: true }).selectOption('agenda')
    await page.getByLabel('Variant', { exact: true }).selectOption('zonder-vertrouwelijk')
    await page.getByRole('heading', { name: 'Agenda OMT D (Delft en Westland)', level: 1 }).waitFor()
    await checkScreen(app, 'Exporteren: agenda zonder vertrouwelijke punten')
    const agenda = pdfText(
      await saveWithButton(app, 'Opslaan als PDF', 'Agenda OMT D 2026-03-12 (zonder vertrouwelijke punten).pdf'),
    )
    expect(agenda).toContain('Opening en mededelingen')
    expect(agenda).not.toContain(CONFIDENTIAL_TITLE)
    expect(agenda).not.toContain('VERTROUWELIJK')
    for (const note of CHAIR_NOTES) expect(agenda).not.toContain(note)
    const withheld = pdfText(
      await saveByCall(app, { meetingId, document: 'agenda', variant: 'vertrouwelijk-verborgen', format: 'pdf' }),
    )
    expect(withheld).toContain('Vertrouwelijk agendapunt')
    expect(withheld).not.toContain(CONFIDENTIAL_TITLE)
    const full = pdfText(
      await saveByCall(app, { meetingId, document: 'agenda', variant: 'met-vertrouwelijk', format: 'pdf' }),
    )
    expect(full).toContain(CONFIDENTIAL_TITLE)
    for (const note of CHAIR_NOTES) expect(full).not.toContain(note)
  })

  step('every save was recorded, with its variant and the minutes’ status at the time', async (app) => {
    const { page } = app
    const meetingId = seeded.meeting.id
    // Every save was recorded, with its variant and the minutes' status at the time.
    const exports = await app.call('meeting:exports', { meetingId })
    expect(
      exports.ok &&
        (exports.value as Output<'meeting:exports'>).rows
          .map((row) => `${row.document}/${row.variant}/${row.format}/${row.minutesStatus}`)
          .sort(),
    ).toEqual(
      [
        'agenda/met-vertrouwelijk/pdf/concept',
        'agenda/vertrouwelijk-verborgen/pdf/concept',
        'agenda/zonder-vertrouwelijk/pdf/concept',
        'besluitenlijst/gepseudonimiseerd/pdf/concept',
        'verslag/volledig/docx/concept',
        'verslag/volledig/pdf/concept',
      ].sort(),
    )
    await page.getByRole('table', { name: 'Eerder geëxporteerd' }).waitFor()
  })

  step('adopted minutes carry no CONCEPT mark any more, and print their errata', async (app) => {
    const meetingId = seeded.meeting.id
    // Adopted minutes carry no CONCEPT mark any more, and print their errata.
    const adopted = await app.call('meeting:adopt-minutes', { id: meetingId, adoptedOn: '2026-04-09', confirm: true })
    expect(adopted.ok).toBe(true)
    expect(
      (
        await app.call('meeting:add-erratum', {
          meetingId,
          values: { text: 'Bij punt 6.1 moet ‘gemeente Delft’ zijn: gemeente Westland.', date: '2026-04-20' },
        })
      ).ok,
    ).toBe(true)
    const final = pdfText(await saveByCall(app, { meetingId, document: 'verslag', variant: 'volledig', format: 'pdf' }))
    expect(final).not.toContain('CONCEPT')
    expect(final).toContain('VERTROUWELIJK')
    expect(final).toContain('Vastgesteld op 9 april 2026')
    expect(final).toContain('Erratum 1 van 20 april 2026')
    expect(final).toContain('gemeente Westland')
  })
})

it('says in Dutch that a meeting without agenda cannot be exported, and writes nothing', async () => {
  let emptyId = ''
  const app = await tafelwerk.start({
    prepare: async (vault) => {
      await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
      emptyId = (await seedEmptyMeeting(createDispatcher(vault), vault)).id
    },
    route: 'exporteren',
  })
  await app.page.goto(TafelwerkApp.url(`exporteren/${emptyId}`))
  await app.page
    .getByRole('alert')
    .filter({
      hasText: 'Deze vergadering heeft nog geen agenda. Voeg eerst agendapunten toe en exporteer dan opnieuw.',
    })
    .waitFor()
  await checkScreen(app, 'Exporteren: vergadering zonder agenda')
  const answer = await app.call('export:save', {
    meetingId: emptyId,
    document: 'verslag',
    variant: 'volledig',
    format: 'pdf',
    purpose: 'verslag aan de partners',
  })
  expect(answer).toMatchObject({ ok: false, error: { code: 'EXPORT_EMPTY' } })
  expect(() => readdirSync(app.exportTarget.folder)).toThrow()
})
