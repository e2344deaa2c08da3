import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { saveAttachmentCopy } from '../../../../db/attachments/save-attachment'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { call, createMeeting, reference, section } from '../../../support/meeting-fixtures'

let made: TempVault
let itemId: string
let outside: string
beforeAll(async () => {
  made = await tempVault()
  const meeting = await createMeeting(made.dispatch, await reference(made.vault))
  itemId = section(meeting, 'voortgang').id
  outside = mkdtempSync(join(tmpdir(), 'tafelwerk-save-as-'))
})
afterAll(() => {
  made.cleanup()
  rmSync(outside, { recursive: true, force: true })
})

const add = (fileName: string, bytes: Buffer) =>
  call(made.dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName,
    mediaType: 'application/octet-stream',
    contentBase64: bytes.toString('base64'),
  })

it('writes exactly the stored bytes where the user chose, proposing the stored name', async () => {
  const bytes = randomBytes(200_000)
  const meta = await add('Plan van aanpak.pdf', bytes)
  const ask = vi.fn((_name: string) => Promise.resolve(join(outside, 'kopie.pdf')))
  await expect(saveAttachmentCopy(made.vault.db, meta.id, ask)).resolves.toEqual({ saved: true, fileName: 'kopie.pdf' })
  expect(ask).toHaveBeenCalledExactlyOnceWith('Plan van aanpak.pdf')
  expect(readFileSync(join(outside, 'kopie.pdf')).equals(bytes)).toBe(true)
  // Nothing else was left behind: no partial file beside the copy.
  expect(readdirSync(outside)).toEqual(['kopie.pdf'])
})

it('replaces an existing file whole and writes nothing when the user cancels', async () => {
  const meta = await add('memo.txt', Buffer.from('nieuwe versie'))
  writeFileSync(join(outside, 'memo.txt'), 'oude versie')
  await saveAttachmentCopy(made.vault.db, meta.id, () => Promise.resolve(join(outside, 'memo.txt')))
  expect(readFileSync(join(outside, 'memo.txt'), 'utf8')).toBe('nieuwe versie')

  const before = readdirSync(outside).sort()
  await expect(saveAttachmentCopy(made.vault.db, meta.id, () => Promise.resolve(null))).resolves.toEqual({
    saved: false,
  })
  expect(readdirSync(outside).sort()).toEqual(before)
})

it('refuses a removed attachment before asking anything', async () => {
  const meta = await add('weg.txt', Buffer.from('weg'))
  await call(made.dispatch, 'attachment:delete', { id: meta.id })
  const ask = vi.fn(() => Promise.resolve(join(outside, 'weg.txt')))
  await expect(saveAttachmentCopy(made.vault.db, meta.id, ask)).rejects.toMatchObject({
    code: 'NOT_FOUND',
    message: 'Deze bijlage bestaat niet (meer). Ververs het agendapunt.',
  })
  expect(ask).not.toHaveBeenCalled()
})

it('says in Dutch when the folder cannot be written, leaving the folder as it was', async () => {
  const meta = await add('notitie.txt', Buffer.from('notitie'))
  // A folder that vanished after the dialog (an unplugged USB stick): writable for no one, root included.
  const gone = join(outside, 'usb-stick', 'notitie.txt')
  const before = readdirSync(outside).sort()
  await expect(saveAttachmentCopy(made.vault.db, meta.id, () => Promise.resolve(gone))).rejects.toMatchObject({
    code: 'EXPORT_NOT_WRITABLE',
    message: 'Tafelwerk kan niet in deze map schrijven. Kies een andere map.',
  })
  expect(readdirSync(outside).sort()).toEqual(before)
})
