import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect } from 'vitest'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { Output } from '../../shared/contract/index'
import { withheldParts } from '../../shared/domain/subject-overview'
import { call, newIntervention, reference } from '../support/case-fixtures'
import { SUBJECT_NAMES, seedMeeting } from '../support/export-seed'
import { pdfInfo, pdfReadingText } from '../support/report-file-text'
import { TEST_OWNER, withTestOwner } from '../support/test-owner'
import { checkScreen } from './harness/check-screen'
import { expectFocused } from './harness/keyboard'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { descriptionOf, heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'

const PASSPHRASE = 'een inzageverzoek van de betrokkene zelf'
const SUBJECT = SUBJECT_NAMES[0]
/** Free text of a finished intervention: in the internal version, withheld from the hand-out. */
const RESULT = 'Naheffing opgelegd; gegevens van compagnon Karel Aerts meegenomen.'
const RUNNING_RESULT = 'Onderzoek loopt nog bij de Belastingdienst.'
const tafelwerk = useTafelwerk()

const exportedFiles = (app: TafelwerkApp) =>
  existsSync(app.exportTarget.folder) ? readdirSync(app.exportTarget.folder) : []

describe('the subject page answers an inzageverzoek: the internal overview and the hand-out as PDF', () => {
  let subjectId = ''
  const files: Record<'intern' | 'verstrekking', string> = { intern: '', verstrekking: '' }
  const { step } = tafelwerk.scenario({
    prepare: async (vault) => {
      await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
      const dispatch = createDispatcher(vault)
      await seedMeeting(dispatch, vault)
      const ref = await reference(vault)
      const subject = await vault.db
        .selectFrom('subject')
        .select('id')
        .where('name', '=', SUBJECT)
        .executeTakeFirstOrThrow()
      subjectId = subject.id
      const { case_id: caseId } = await vault.db
        .selectFrom('involvement')
        .select('case_id')
        .where('subject_id', '=', subject.id)
        .executeTakeFirstOrThrow()
      await call(dispatch, 'intervention:create', {
        caseId,
        values: newIntervention(ref, { subjectId, status: 'lopend', result: RUNNING_RESULT }),
      })
      await call(dispatch, 'intervention:create', {
        caseId,
        values: newIntervention(ref, {
          subjectId,
          kind: 'fiscaal',
          subtype: 'boekenonderzoek',
          status: 'afgerond',
          startedOn: '2025-05-01',
          endedOn: '2025-09-01',
          result: RESULT,
        }),
      })
    },
    // Read after prepare ran (TafelwerkApp.start opens the window then): the subject's id is known by then.
    get route() {
      return `subjecten/${subjectId}`
    },
  })

  const openForm = async (app: TafelwerkApp) => {
    const { page } = app
    const action = page.getByRole('button', { name: 'Inzageverzoek afhandelen' })
    await action.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Inzageverzoek afhandelen' })
    // The checked choice takes focus, so the keyboard starts in the form.
    await expectFocused(dialog.getByRole('radio', { name: 'Versie voor de betrokkene', checked: true }))
    return dialog
  }

  const savedFile = async (app: TafelwerkApp, version: 'intern' | 'verstrekking') => {
    const status = app.page.getByRole('status').filter({ hasText: `(${version}).pdf’` })
    await status.waitFor({ timeout: 90_000 })
    const name = /‘(.+)’/u.exec((await status.textContent()) ?? '')?.[1] ?? ''
    expect(name).toMatch(new RegExp(`^Inzageverzoek ${SUBJECT} \\d{4}-\\d{2}-\\d{2} \\(${version}\\)\\.pdf$`, 'u'))
    return join(app.exportTarget.folder, name)
  }

  step('the subject page offers “Inzageverzoek afhandelen”', async (app) => {
    const { page } = app
    await heading(page, SUBJECT)
    await page.getByRole('heading', { name: 'Inzageverzoek', level: 2 }).waitFor()
    await checkScreen(app, 'Subject: inzageverzoek')
    const dialog = await openForm(app)
    await dialog.getByRole('group', { name: 'Niet verstrekken' }).waitFor()
    await checkScreen(app, 'Subject: inzageverzoek afhandelen')
  })

  step('without a purpose and unconfirmed parts, Dutch messages at the fields, and nothing is saved', async (app) => {
    const { page } = app
    const dialog = page.getByRole('dialog', { name: 'Inzageverzoek afhandelen' })
    await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click()
    const purpose = dialog.getByRole('textbox', { name: 'Doel of kenmerk van het verzoek' })
    await expect.poll(() => purpose.getAttribute('aria-invalid')).toBe('true')
    await expect(descriptionOf(purpose)).resolves.toContain(
      'Vul het doel in, bijvoorbeeld het kenmerk van het inzageverzoek.',
    )
    await expectFocused(purpose)
    for (const part of withheldParts) {
      const box = dialog.getByRole('checkbox', { name: part.title })
      await expect(box.getAttribute('aria-invalid')).resolves.toBe('true')
      await expect(descriptionOf(box)).resolves.toContain('Bevestig dat dit onderdeel niet aan de betrokkene')
    }
    await checkScreen(app, 'Subject: inzageverzoek zonder doel')
    expect(exportedFiles(app)).toEqual([])
  })

  step('the internal version, purpose typed and Enter pressed, is saved and named in the status line', async (app) => {
    const { page } = app
    const dialog = page.getByRole('dialog', { name: 'Inzageverzoek afhandelen' })
    await dialog.getByRole('radio', { name: 'Interne versie (volledig)' }).check()
    // The internal version withholds nothing, so there is nothing to confirm.
    await dialog.getByRole('group', { name: 'Niet verstrekken' }).waitFor({ state: 'hidden' })
    const purpose = dialog.getByRole('textbox', { name: 'Doel of kenmerk van het verzoek' })
    await purpose.fill('Inzageverzoek 2026-031, interne controle')
    await purpose.press('Enter')
    files.intern = await savedFile(app, 'intern')
    await dialog.waitFor({ state: 'hidden' })
    await expectFocused(page.getByRole('button', { name: 'Inzageverzoek afhandelen' }))
    await checkScreen(app, 'Subject: interne versie opgeslagen')
  })

  step('the hand-out, every withheld part ticked by keyboard, is saved', async (app) => {
    const dialog = await openForm(app)
    await dialog.getByRole('radio', { name: 'Versie voor de betrokkene' }).check()
    await dialog.getByRole('textbox', { name: 'Doel of kenmerk van het verzoek' }).fill('Inzageverzoek 2026-031')
    for (const part of withheldParts) {
      const box = dialog.getByRole('checkbox', { name: part.title })
      await box.focus()
      await app.page.keyboard.press('Space')
      await expect(box.isChecked()).resolves.toBe(true)
    }
    await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click()
    files.verstrekking = await savedFile(app, 'verstrekking')
    expect(exportedFiles(app).sort()).toHaveLength(2)
  })

  step('the internal PDF has the cases, decisions, interventions with results, and who accessed when', async (app) => {
    const answer = await app.call('subject-overview:get', {
      subjectId,
      purpose: 'controle van de test',
      version: 'intern',
    })
    if (!answer.ok) throw new Error(JSON.stringify(answer.error))
    const overview = answer.value as Output<'subject-overview:get'>
    expect(overview.decisions.length).toBeGreaterThan(0)
    expect(overview.interventions).toHaveLength(2)
    const text = pdfReadingText(files.intern)
    expect(text).toContain('Overzicht van verwerkte gegevens')
    expect(text).toContain(SUBJECT)
    expect(text).toContain('Inzageverzoek 2026-031, interne controle')
    for (const item of overview.cases) expect(text).toContain(item.code)
    for (const decision of overview.decisions) expect(text).toContain(decision.code)
    for (const item of overview.interventions) expect(text).toContain(item.subtypeLabel)
    expect(text).toContain(RESULT)
    expect(text).toContain(RUNNING_RESULT)
    // Opening the subject's page was an access; the log names who, when and for which activity.
    const opened = overview.accesses.find((access) => access.operation === 'subject:get')
    expect(opened).toBeDefined()
    expect(text).toContain(`${opened?.at ?? ''} ${opened?.activity ?? ''}`)
    expect(text).toContain(TEST_OWNER.name)
    expect(text).toContain('VERTROUWELIJK')
    expect(pdfInfo(files.intern)).toMatch(new RegExp(`Title:\\s+Inzageverzoek ${SUBJECT}`, 'u'))
  })

  step(
    'the hand-out has the same cases, decisions and accesses, leaves out the withheld parts and says which, on what ground',
    async (app) => {
      const answer = await app.call('subject-overview:get', {
        subjectId,
        purpose: 'controle van de test',
        version: 'verstrekking',
      })
      if (!answer.ok) throw new Error(JSON.stringify(answer.error))
      const overview = answer.value as Output<'subject-overview:get'>
      const text = pdfReadingText(files.verstrekking)
      expect(text).toContain(SUBJECT)
      for (const item of overview.cases) expect(text).toContain(item.code)
      for (const decision of overview.decisions) expect(text).toContain(decision.code)
      // The finished intervention is there, its result is not; the running one is left out altogether.
      expect(overview.interventions).toHaveLength(1)
      for (const item of overview.interventions) expect(text).toContain(item.subtypeLabel)
      expect(text).not.toContain(RESULT)
      expect(text).not.toContain('Karel Aerts')
      expect(text).not.toContain(RUNNING_RESULT)
      const opened = overview.accesses[0]
      expect(text).toContain(`${opened?.at ?? ''} ${opened?.activity ?? ''}`)
      expect(text).not.toContain(TEST_OWNER.name)
      expect(text).not.toContain('subject:get')
      expect(text).not.toContain('VERTROUWELIJK')
      expect(text).toContain('Niet verstrekte gegevens')
      for (const part of withheldParts) {
        expect(text).toContain(part.title)
        expect(text).toContain(part.ground)
      }
    },
  )

  step('both saves are in the processing log, against the subject, with the purpose typed', async (app) => {
    const answer = await app.call('processing-log:page', {
      filters: {
        fromMs: null,
        toMs: null,
        recordId: null,
        subjectId: null,
        activityId: null,
        channel: 'subject-overview:save',
      },
      cursor: null,
      limit: 10,
    })
    if (!answer.ok) throw new Error(JSON.stringify(answer.error))
    const rows = (answer.value as Output<'processing-log:page'>).rows
    const calls = rows.filter((row) => row.parentSpanId === null)
    expect(calls.map((row) => [row.activityId, row.purpose, row.status])).toEqual([
      ['inzageverzoek', 'Inzageverzoek 2026-031', 'Ok'],
      ['inzageverzoek', 'Inzageverzoek 2026-031, interne controle', 'Ok'],
    ])
    for (const row of calls) expect(row.records).toContainEqual({ kind: 'betrokkene', id: subjectId })
    // Each hand-out has a span of its own for the subject, so the viewer's subject filter finds it.
    const forSubject = rows.filter((row) => row.parentSpanId !== null)
    expect(forSubject.map((row) => row.dataSubjectId)).toEqual([subjectId, subjectId])
  })
})
