import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/domain/attachment'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'
import {
  call,
  createMeeting,
  meetingSnapshot,
  type Reference,
  reference,
  refuse,
  section,
} from '../../../support/meeting-fixtures'

let made: TempVault
let ref: Reference
let itemId: string
let meetingId: string
beforeAll(async () => {
  made = await tempVault()
  ref = await reference(made.vault)
  const meeting = await createMeeting(made.dispatch, ref)
  meetingId = meeting.id
  itemId = section(meeting, 'voortgang').id
})
afterAll(() => made.cleanup())

const marker = `VERTROUWELIJK-BIJLAGE-${randomBytes(6).toString('hex')}`

function filesContain(folder: string, needle: string): string[] {
  return readdirSync(folder).filter((name) => readFileSync(join(folder, name)).includes(Buffer.from(needle)))
}

it('stores an attachment inside the vault and gives back the same bytes', async () => {
  const bytes = Buffer.concat([Buffer.from(`%PDF-1.7\n${marker}\n`.repeat(200)), randomBytes(300_000)])
  const meta = await call(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'Plan van aanpak.pdf',
    mediaType: 'application/pdf',
    contentBase64: bytes.toString('base64'),
  })
  expect(meta).toMatchObject({
    agendaItemId: itemId,
    fileName: 'Plan van aanpak.pdf',
    mediaType: 'application/pdf',
    sizeBytes: bytes.length,
  })
  const fetched = await call(made.dispatch, 'attachment:get', { id: meta.id })
  expect(Buffer.from(fetched.contentBase64, 'base64').equals(bytes)).toBe(true)
  expect(fetched.sha256).toBe(meta.sha256)
  expect((await call(made.dispatch, 'attachment:list', { agendaItemId: itemId })).rows).toEqual([meta])
  expect(
    (await call(made.dispatch, 'meeting:get', { id: meetingId })).items.find((i) => i.id === itemId)?.attachments,
  ).toEqual([meta])

  // Encrypted at rest: neither the database nor its WAL holds the text, while open or after locking.
  expect(filesContain(made.folder, marker)).toEqual([])
  made.vault.lock()
  expect(filesContain(made.folder, marker)).toEqual([])
  await made.vault.unlock(PASSPHRASE)
  expect(
    Buffer.from((await call(made.dispatch, 'attachment:get', { id: meta.id })).contentBase64, 'base64').equals(bytes),
  ).toBe(true)
})

it('accepts 25 MB and refuses anything larger with a Dutch message, writing nothing', async () => {
  const limit = Buffer.alloc(ATTACHMENT_MAX_BYTES, 7)
  const meta = await call(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'precies.bin',
    mediaType: '',
    contentBase64: limit.toString('base64'),
  })
  expect(meta).toMatchObject({ sizeBytes: ATTACHMENT_MAX_BYTES, mediaType: 'application/octet-stream' })
  await call(made.dispatch, 'attachment:delete', { id: meta.id })

  const before = await meetingSnapshot(made.vault)
  const justOver = await refuse(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'groot.pdf',
    mediaType: 'application/pdf',
    contentBase64: Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 7).toString('base64'),
  })
  expect(justOver.message).toBe(
    '‘groot.pdf’ is 25,1 MB; een bijlage mag hoogstens 25 MB zijn. Verklein het bestand (bijvoorbeeld als pdf) of splits het op.',
  )
  const farOver = await refuse(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'video.mp4',
    mediaType: 'video/mp4',
    contentBase64: 'A'.repeat(40_000_000),
  })
  expect(farOver).toMatchObject({
    code: 'VALIDATION',
    fields: {
      contentBase64: 'Deze bijlage is groter dan 25 MB. Verklein het bestand (bijvoorbeeld als pdf) of splits het op.',
    },
  })
  expect(await meetingSnapshot(made.vault)).toEqual(before)
})

it('refuses an unreadable file and a path instead of a name', async () => {
  const broken = await refuse(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'kapot.pdf',
    mediaType: 'application/pdf',
    contentBase64: 'niet*base64',
  })
  expect(broken.fields).toEqual({ contentBase64: 'Het bestand kon niet worden gelezen. Kies het bestand opnieuw.' })
  const badPadding = await refuse(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'kapot.pdf',
    mediaType: 'application/pdf',
    contentBase64: 'QUJ=',
  })
  expect(badPadding.fields).toEqual({ contentBase64: 'Het bestand kon niet worden gelezen. Kies het bestand opnieuw.' })
  const path = await refuse(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'C:\\Users\\secretaris\\plan.pdf',
    mediaType: 'application/pdf',
    contentBase64: 'QUJD',
  })
  expect(path.fields).toEqual({ fileName: 'Geef alleen de bestandsnaam, zonder map.' })
})

it('refuses a name with a right-to-left override or another invisible or steering character, and stores nothing', async () => {
  const before = (await call(made.dispatch, 'attachment:list', { agendaItemId: itemId })).rows
  // "factuur\u202Efdp.exe" reads as "factuurexe.pdf"; a tab, a bell or an isolate hide as well.
  for (const fileName of [
    'factuur\u202Efdp.exe',
    'plan\tvan aanpak.pdf',
    'memo\u0007.txt',
    'a\u2066b\u2069.pdf',
    'c\u200F.pdf',
    'd\u0085.pdf',
    'e\u007F.pdf',
    'nul\u0000.pdf',
  ]) {
    const error = await refuse(made.dispatch, 'attachment:add', {
      agendaItemId: itemId,
      fileName,
      mediaType: 'application/pdf',
      contentBase64: 'QUJD',
    })
    expect(error, JSON.stringify(fileName)).toMatchObject({
      code: 'VALIDATION',
      fields: { fileName: 'Deze bestandsnaam bevat onzichtbare of sturende tekens. Geef het bestand een andere naam.' },
    })
  }
  expect((await call(made.dispatch, 'attachment:list', { agendaItemId: itemId })).rows).toEqual(before)
  const stored = await made.vault.db.selectFrom('attachment').select('file_name').execute()
  expect(stored.filter((row) => /[\p{Cc}\u202E\u2066\u200F]/u.test(row.file_name))).toEqual([])
})

it('deletes an attachment; a deleted item’s attachments cannot be opened until it is restored', async () => {
  const meta = await call(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'memo.txt',
    mediaType: 'text/plain',
    contentBase64: Buffer.from('memo').toString('base64'),
  })
  await call(made.dispatch, 'agenda:delete', { id: itemId })
  expect((await refuse(made.dispatch, 'attachment:get', { id: meta.id })).code).toBe('NOT_FOUND')
  await call(made.dispatch, 'agenda:restore', { id: itemId })
  expect((await call(made.dispatch, 'attachment:get', { id: meta.id })).fileName).toBe('memo.txt')
  await call(made.dispatch, 'attachment:delete', { id: meta.id })
  expect((await refuse(made.dispatch, 'attachment:get', { id: meta.id })).code).toBe('NOT_FOUND')
})
