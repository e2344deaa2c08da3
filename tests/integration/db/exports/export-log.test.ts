import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RoutePrinter } from '../../../../db/exports/print-pdf'
import { defaultFileName, exportModelFor } from '../../../../db/exports/render-export'
import { saveExport } from '../../../../db/exports/save-export'
import { createHandlers } from '../../../../db/handlers/create-handlers'
import { createDispatcher, type Dispatch } from '../../../../db/handlers/dispatch'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { call } from '../../../support/case-fixtures'
import { type SeededMeeting, seedMeeting } from '../../../support/export-seed'

let made: TempVault
let seeded: SeededMeeting
let dispatch: Dispatch
const noPrinter: RoutePrinter = { print: () => Promise.reject(new Error('DOCX only in this test')) }

beforeAll(async () => {
  made = await tempVault()
  seeded = await seedMeeting(made.dispatch, made.vault)
  const folder = join(made.folder, 'uit')
  mkdirSync(folder)
  // export:save as main answers it, with the save dialog answered by a folder (as the e2e harness does).
  dispatch = createDispatcher(made.vault, undefined, {
    ...createHandlers(made.vault),
    'export:save': async (request) => {
      const model = await exportModelFor(made.vault.db, request)
      return saveExport(made.vault.db, model, request, join(folder, defaultFileName(model, request.format)), noPrinter)
    },
  })
})
afterAll(() => made.cleanup())

const exportLog = async () => (await call(dispatch, 'meeting:exports', { meetingId: seeded.meeting.id })).rows

describe('the export log', () => {
  it('cannot be written by a request: a forged meeting:record-export is an unknown channel and records nothing', async () => {
    const forged = {
      meetingId: seeded.meeting.id,
      document: 'verslag',
      variant: 'volledig',
      format: 'pdf',
      fileName: 'Nooit verstuurd.pdf',
    }
    for (const to of [made.dispatch, dispatch]) {
      expect(await to('meeting:record-export', forged)).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: expect.any(String) as string },
      })
    }
    expect(await exportLog()).toEqual([])
  })

  it('records what export:save wrote: the document, its variant, the file name without its folder, and that the minutes were concept', async () => {
    const saved = await call(dispatch, 'export:save', {
      meetingId: seeded.meeting.id,
      document: 'besluitenlijst',
      variant: 'gepseudonimiseerd',
      format: 'docx',
      purpose: 'verslag aan de partners',
    })
    if (!saved.saved) throw new Error('not saved')
    expect(saved.record).toMatchObject({
      meetingId: seeded.meeting.id,
      document: 'besluitenlijst',
      variant: 'gepseudonimiseerd',
      format: 'docx',
      fileName: saved.fileName,
      minutesStatus: 'concept',
    })
    expect(saved.fileName).not.toMatch(/[\\/]/u)
    expect(await exportLog()).toEqual([saved.record])
  })
})
