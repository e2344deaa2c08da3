import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  StandardFonts,
} from 'pdf-lib'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { Vault } from '../../db/vault/vault'
import type { Output } from '../../shared/contract/index'
import { todayIso } from '../../shared/domain/iso-date'
import { ATTACHMENT_MAX_BYTES, attachmentTooLarge } from '../../shared/domain/attachment'
import { PDF_DAMAGED, PDF_FAILED } from '../../renderer/src/meetings/attachments/pdf-messages'
import { checkScreen } from './harness/check-screen'
import { expectFocused, tabTo } from './harness/keyboard'
import { TafelwerkApp } from './harness/tafelwerk-app'
import { unlockWith } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Bijlagen blijven binnen de kluis'
const MARKER = `BIJLAGE-MARKERING-${randomBytes(6).toString('hex')}`
const tafelwerk = useTafelwerk()
const { start } = tafelwerk

/** A real PNG of w×h pixels in one colour: enough for the browser to decode and show. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const PHOTO = { name: 'plattegrond.png', mimeType: 'image/png', buffer: png(160, 90, [21, 66, 115]) }
const NOTE = {
  name: 'notitie.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(`Notitie bij het agendapunt\n${MARKER}\nEinde van de notitie.\n`),
}
const WORD = {
  name: 'verslag.docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  buffer: randomBytes(3000),
}

let meetingId = ''
const openVault = {
  prepare: async (vault: Vault) => {
    await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
    const dispatch = createDispatcher(vault)
    const tables = (await dispatch('reference:list', { kind: 'table', includeArchived: false })) as {
      ok: true
      value: Output<'reference:list'>
    }
    const tableD = tables.value.rows.find((row) => 'code' in row && row.code === 'D')
    const created = (await dispatch('meeting:create', {
      tableId: tableD?.id,
      values: {
        date: '2026-03-12',
        startTime: '14:00',
        location: 'Stadhuis Delft',
        chair: 'A. de Vries',
        secretary: 'F. el Amrani',
        numberPrefix: '',
      },
      source: 'sjabloon',
    })) as { ok: true; value: Output<'meeting:create'> } | { ok: false }
    if (!created.ok) throw new Error('meeting not created')
    meetingId = created.value.id
  },
}

async function attachmentNames(app: TafelwerkApp, agendaItemId: string): Promise<string[]> {
  const answer = await app.call('attachment:list', { agendaItemId })
  if (!answer.ok) throw new Error(answer.error.message)
  return (answer.value as Output<'attachment:list'>).rows.map((row) => row.fileName)
}

async function storedBytes(app: TafelwerkApp, agendaItemId: string, fileName: string): Promise<Buffer> {
  const list = await app.call('attachment:list', { agendaItemId })
  if (!list.ok) throw new Error(list.error.message)
  const row = (list.value as Output<'attachment:list'>).rows.find((candidate) => candidate.fileName === fileName)
  const answer = await app.call('attachment:get', { id: row?.id })
  if (!answer.ok) throw new Error(answer.error.message)
  return Buffer.from((answer.value as Output<'attachment:get'>).contentBase64, 'base64')
}

async function openFirstItem(page: Page) {
  await page.getByRole('button', { name: 'Bewerken agendapunt 1', exact: true }).click()
  const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
  await panel.waitFor()
  return panel
}

/** Files in the vault folder itself (not the folder "save as" writes to in the harness). */
function vaultFilesContaining(folder: string, needle: string): string[] {
  return readdirSync(folder).filter(
    (name) => statSync(join(folder, name)).isFile() && readFileSync(join(folder, name)).includes(Buffer.from(needle)),
  )
}

describe('adds, shows, saves and deletes attachments of an agenda item, by keyboard too, encrypted in the vault and kept after a restart', () => {
  const { step } = tafelwerk.scenario(openVault)
  let itemId = ''

  step('an agenda item without attachments says so', async (app) => {
    const { page } = app
    // The meeting exists only once prepare ran, so its address is known only now.
    await page.goto(TafelwerkApp.url(`vergaderingen/${meetingId}`))
    const panel = await openFirstItem(page)
    const meeting = await app.call('meeting:get', { id: meetingId })
    if (!meeting.ok) throw new Error(meeting.error.message)
    itemId = (meeting.value as Output<'meeting:get'>).items[0]?.id ?? ''
    await panel.getByText('Dit agendapunt heeft geen bijlagen.').waitFor()
    await checkScreen(app, 'bijlagen: geen bijlagen')
  })

  step('two files added by keyboard through the file chooser, listed with their size and date', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    // Keyboard: from the panel's heading, Tab reaches the file input; Space opens the file chooser.
    // Wait for the chooser before tabbing: Playwright turns on file chooser interception
    // without waiting for it, so a key pressed right after could still beat it on a busy machine.
    const chooser = page.waitForEvent('filechooser')
    const addInput = panel.getByLabel('Bijlage toevoegen')
    await panel.getByRole('heading', { name: 'Bijlagen' }).focus()
    await tabTo(page, addInput, 5)
    await page.keyboard.press('Space')
    await (await chooser).setFiles([PHOTO, NOTE])
    const table = panel.getByRole('table', { name: 'Bijlagen bij agendapunt 1' })
    await table.getByRole('row', { name: /plattegrond\.png/u }).waitFor()
    await table.getByRole('row', { name: /notitie\.txt/u }).waitFor()
    await page.getByTestId('announcer').getByText('2 bijlagen zijn toegevoegd.').waitFor({ state: 'attached' })
    await page
      .getByRole('status')
      .filter({ hasText: /^Opgeslagen om/u })
      .waitFor()
    expect(
      await table
        .getByRole('row', { name: /notitie\.txt/u })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe(`${String(NOTE.buffer.length)} bytes`)
    expect(
      await table
        .getByRole('row', { name: /notitie\.txt/u })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toMatch(/^\d{2}-\d{2}-\d{4}, \d{2}:\d{2}$/u)
    expect(await attachmentNames(app, itemId)).toEqual(['plattegrond.png', 'notitie.txt'])
    await checkScreen(app, 'bijlagen: twee bijlagen')
  })

  step('every action of a row is reachable with Tab', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    // Every action of a row is reachable with Tab.
    await panel.getByRole('heading', { name: 'Bijlagen' }).focus()
    for (const name of [
      'Openen plattegrond.png',
      'Opslaan als… plattegrond.png',
      'Verwijderen plattegrond.png',
      'Openen notitie.txt',
    ]) {
      await tabTo(page, panel.getByRole('button', { name, exact: true }), 8)
    }
  })

  step('the picture opens inside Tafelwerk from a blob: URL; Escape closes it and focus returns', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    // The picture inside Tafelwerk, from a blob: URL the CSP allows; Escape closes and focus returns.
    const openPhoto = panel.getByRole('button', { name: 'Openen plattegrond.png' })
    await openPhoto.click()
    const photoViewer = page.getByRole('dialog', { name: 'plattegrond.png' })
    const image = photoViewer.getByRole('img', { name: 'Afbeelding plattegrond.png' })
    await image.waitFor()
    await page.waitForFunction(
      () => (document.querySelector<HTMLImageElement>('.attachment-viewer__image')?.naturalWidth ?? 0) === 160,
    )
    expect(await image.getAttribute('src')).toMatch(/^blob:/u)
    await checkScreen(app, 'bijlagen: afbeelding in de viewer')
    await page.keyboard.press('Escape')
    await photoViewer.waitFor({ state: 'detached' })
    await expectFocused(openPhoto)
  })

  step('“Opslaan als…” writes exactly the stored bytes, from the text viewer and from the list', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    // The text, opened with Enter.
    const openNote = panel.getByRole('button', { name: 'Openen notitie.txt' })
    await openNote.focus()
    await page.keyboard.press('Enter')
    const noteViewer = page.getByRole('dialog', { name: 'notitie.txt' })
    await noteViewer.getByText(MARKER).waitFor()
    await checkScreen(app, 'bijlagen: tekst in de viewer')

    // A copy leaves the vault: without a purpose nothing is saved, and the field says why.
    await noteViewer.getByRole('button', { name: 'Opslaan als…' }).click()
    const notePurpose = noteViewer.getByRole('textbox', { name: 'Doel van het opslaan' })
    await expectFocused(notePurpose)
    expect(await notePurpose.getAttribute('aria-invalid')).toBe('true')
    await noteViewer.getByText('Vul in waarvoor u dit exporteert, bijvoorbeeld ‘verslag aan de partners’.').waitFor()
    expect(existsSync(join(app.exportTarget.folder, 'notitie.txt'))).toBe(false)
    await checkScreen(app, 'bijlagen: opslaan zonder doel')

    // "Opslaan als…" from the viewer writes exactly the stored bytes where the (test) dialog points.
    await notePurpose.fill('Stuk voor de politie')
    await noteViewer.getByRole('button', { name: 'Opslaan als…' }).click()
    await noteViewer.getByRole('status').getByText('‘notitie.txt’ is opgeslagen als ‘notitie.txt’.').waitFor()
    expect(readFileSync(join(app.exportTarget.folder, 'notitie.txt')).equals(NOTE.buffer)).toBe(true)
    await noteViewer.getByRole('button', { name: 'Sluiten' }).click()
    await noteViewer.waitFor({ state: 'detached' })

    // And from the list, for the picture.
    await panel.getByRole('textbox', { name: 'Doel van het opslaan' }).fill('Plattegrond voor de brandweer')
    await panel.getByRole('button', { name: 'Opslaan als… plattegrond.png' }).click()
    await panel.getByRole('status').getByText('‘plattegrond.png’ is opgeslagen als ‘plattegrond.png’.').waitFor()
    expect(readFileSync(join(app.exportTarget.folder, 'plattegrond.png')).equals(PHOTO.buffer)).toBe(true)
  })

  step('a Word file dropped onto the panel cannot be shown, and the viewer offers to save it', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    const table = panel.getByRole('table', { name: 'Bijlagen bij agendapunt 1' })
    // A Word file, dropped onto the panel; it cannot be shown here, so the viewer says so and offers to save it instead.
    await panel.evaluate(
      (element, file) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }))
        element.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }))
        element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
      },
      { name: WORD.name, mimeType: WORD.mimeType, bytes: [...WORD.buffer] },
    )
    await table.getByRole('row', { name: /verslag\.docx/u }).waitFor()
    await panel.getByRole('button', { name: 'Openen verslag.docx' }).click()
    const wordViewer = page.getByRole('dialog', { name: 'verslag.docx' })
    await wordViewer.getByText('Tafelwerk kan dit soort bestand niet zelf tonen.', { exact: false }).waitFor()
    await wordViewer.getByRole('button', { name: 'Opslaan als…' }).waitFor()
    await checkScreen(app, 'bijlagen: bestand dat niet getoond kan worden')
    await page.keyboard.press('Escape')
    await wordViewer.waitFor({ state: 'detached' })
  })

  step('a file over 25 MB is refused before reading, in Dutch, and nothing is added', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    const table = panel.getByRole('table', { name: 'Bijlagen bij agendapunt 1' })
    const addInput = panel.getByLabel('Bijlage toevoegen')
    // Over 25 MB: refused before reading, in Dutch, and nothing is added.
    const tooLarge = ATTACHMENT_MAX_BYTES + 1
    await addInput.setInputFiles([
      { name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(tooLarge, 7) },
    ])
    await panel.getByRole('alert').getByText(attachmentTooLarge('groot.pdf', tooLarge)).waitFor()
    expect(attachmentTooLarge('groot.pdf', tooLarge)).toContain('25,1 MB')
    expect(await table.getByRole('row').count()).toBe(4)
    expect(await attachmentNames(app, itemId)).toEqual(['plattegrond.png', 'notitie.txt', 'verslag.docx'])
    expect((await storedBytes(app, itemId, WORD.name)).equals(WORD.buffer)).toBe(true)
    await checkScreen(app, 'bijlagen: te groot bestand geweigerd')
  })

  step('a file that cannot be read: a Dutch message, nothing stored', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    const addInput = panel.getByLabel('Bijlage toevoegen')
    // A file that cannot be read (a USB stick pulled out while reading): a Dutch message, nothing stored.
    await page.evaluate(() => {
      const original = Object.getOwnPropertyDescriptor(FileReader.prototype, 'readAsDataURL')
      FileReader.prototype.readAsDataURL = function failOnce(this: FileReader) {
        if (original) Object.defineProperty(FileReader.prototype, 'readAsDataURL', original)
        setTimeout(() => this.dispatchEvent(new ProgressEvent('error')), 0)
      }
    })
    await addInput.setInputFiles([{ name: 'kapot.txt', mimeType: 'text/plain', buffer: Buffer.from('onleesbaar') }])
    await panel
      .getByRole('alert')
      .getByText('Het bestand ‘kapot.txt’ kon niet worden gelezen. Er is niets toegevoegd; kies het bestand opnieuw.')
      .waitFor()
    expect(await attachmentNames(app, itemId)).toEqual(['plattegrond.png', 'notitie.txt', 'verslag.docx'])
  })

  step('a name with a right-to-left override is refused, its hidden character shown as a visible mark', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    const table = panel.getByRole('table', { name: 'Bijlagen bij agendapunt 1' })
    const addInput = panel.getByLabel('Bijlage toevoegen')
    // A right-to-left override makes "factuur\u202Efdp.exe" read as "factuurexe.pdf": the vault refuses the name in
    // Dutch, the message shows the hidden character as a visible mark (so it cannot reverse the message), nothing is stored.
    await addInput.setInputFiles([
      { name: 'factuur\u202Efdp.exe', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') },
    ])
    const refusedName = panel
      .getByRole('alert')
      .getByText(
        '‘factuur\uFFFDfdp.exe’ is niet toegevoegd: Deze bestandsnaam bevat onzichtbare of sturende tekens. Geef het bestand een andere naam.',
      )
    await refusedName.waitFor()
    expect(await panel.getByRole('alert').textContent()).not.toContain('\u202E')
    expect(await attachmentNames(app, itemId)).toEqual(['plattegrond.png', 'notitie.txt', 'verslag.docx'])
    expect(await table.getByRole('row').count()).toBe(4)
  })

  step('deleting asks first, with focus on “Annuleren”; two attachments deleted', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    const table = panel.getByRole('table', { name: 'Bijlagen bij agendapunt 1' })
    // Delete asks first; focus starts on "Annuleren", which keeps the file.
    const deletePhoto = panel.getByRole('button', { name: 'Verwijderen plattegrond.png' })
    await deletePhoto.click()
    const confirm = page.getByRole('dialog', { name: 'Bijlage verwijderen' })
    await confirm.getByText('‘plattegrond.png’ wordt uit de kluis verwijderd.', { exact: false }).waitFor()
    await expectFocused(confirm.getByRole('button', { name: 'Annuleren' }))
    // Keys pressed in a dialog are the dialog's: the page's Ctrl+Z (undo of agenda changes) does not hear them.
    await page.keyboard.press('Control+z')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await page.getByTestId('announcer').textContent()).not.toMatch(/ongedaan/iu)
    await checkScreen(app, 'bijlagen: verwijderen bevestigen')
    await page.keyboard.press('Enter')
    await confirm.waitFor({ state: 'detached' })
    expect(await attachmentNames(app, itemId)).toEqual(['plattegrond.png', 'notitie.txt', 'verslag.docx'])
    for (const name of ['plattegrond.png', 'verslag.docx']) {
      await panel.getByRole('button', { name: `Verwijderen ${name}` }).click()
      await confirm.getByRole('button', { name: 'Verwijderen' }).click()
      await table.getByRole('row', { name: new RegExp(name.replace('.', '\\.'), 'u') }).waitFor({ state: 'detached' })
      await page.getByTestId('announcer').getByText(`Bijlage ‘${name}’ is verwijderd.`).waitFor({ state: 'attached' })
    }
    await expectFocused(panel.getByRole('heading', { name: 'Bijlagen' }))
    expect(await attachmentNames(app, itemId)).toEqual(['notitie.txt'])
    await checkScreen(app, 'bijlagen: na verwijderen')
  })

  step('the text is in the vault, but not readable in any of its files', (app) => {
    // The text is in the vault, but not readable in any of its files.
    expect(vaultFilesContaining(app.folder, MARKER)).toEqual([])
    expect(readdirSync(app.folder)).toContain('tafelwerk.vault')
  })

  step('after a restart, the remaining attachment is still there and opens', async (app) => {
    // After a restart the remaining attachment is still there and opens.
    await app.restart(`vergaderingen/${meetingId}`)
    await unlockWith(app.page, PASSPHRASE)
    const again = await openFirstItem(app.page)
    await again.getByRole('row', { name: /notitie\.txt/u }).waitFor()
    expect(await again.getByRole('row').count()).toBe(2)
    await again.getByRole('button', { name: 'Openen notitie.txt' }).click()
    await app.page.getByRole('dialog', { name: 'notitie.txt' }).getByText(MARKER).waitFor()
    await checkScreen(app, 'bijlagen: na herstart')
    await app.page.keyboard.press('Escape')
    expect(vaultFilesContaining(app.folder, MARKER)).toEqual([])
  })

  step('adopted minutes: the attachment opens from the agenda but cannot be removed', async (app) => {
    // Adopted minutes have no editor; the attachment still opens from the agenda, but can not be removed.
    await app.call('meeting:set-status', { id: meetingId, status: 'gehouden' })
    const adopted = await app.call('meeting:adopt-minutes', { id: meetingId, adoptedOn: todayIso(), confirm: true })
    expect(adopted.ok).toBe(true)
    await app.restart(`vergaderingen/${meetingId}`)
    await unlockWith(app.page, PASSPHRASE)
    await app.page
      .getByText('Het verslag van deze vergadering is vastgesteld; de agenda kan niet meer veranderen.')
      .waitFor()
    const readOnly = app.page.getByRole('region', { name: /Bijlagen/u }).first()
    await readOnly.getByRole('button', { name: 'Openen notitie.txt' }).click()
    await app.page.getByRole('dialog', { name: 'notitie.txt' }).getByText(MARKER).waitFor()
    await checkScreen(app, 'bijlagen: verslag vastgesteld')
    await app.page.keyboard.press('Escape')
    expect(await app.page.getByRole('button', { name: 'Verwijderen notitie.txt' }).count()).toBe(0)
  })
})

const PDF_SENTENCE = 'De gemeente deelt het signaal over de loods aan de Kanaalweg.'

/** Two A4 pages in pdf-lib's Helvetica, a font pdf.js must take from the system: the PDF that other programs typically make. */
async function twoPagePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const first = pdf.addPage([595, 842])
  first.drawText('Signalenoverzicht', { x: 60, y: 760, size: 28, font, color: rgb(0.08, 0.26, 0.45) })
  first.drawRectangle({ x: 60, y: 700, width: 475, height: 24, color: rgb(0.08, 0.26, 0.45) })
  const second = pdf.addPage([595, 842])
  second.drawText(PDF_SENTENCE, { x: 60, y: 760, size: 14, font })
  return Buffer.from(await pdf.save())
}

const MINUTES_SENTENCE = 'Het signaal over café ‘De Brug’ wordt geëvalueerd.'

/** A PDF printed by Chromium with Source Sans embedded, as Tafelwerk prints its own minutes: pdf.js loads the font from the file. */
async function printedPdf(page: Page): Promise<Buffer> {
  const font = readFileSync(
    join(
      import.meta.dirname,
      '../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
    ),
  )
  const printer = await page.context().newPage()
  await printer.setContent(
    `<style>@font-face { font-family: Bron; src: url(data:font/woff2;base64,${font.toString('base64')}); } body { font: 14pt Bron; }</style>` +
      `<h1>Verslag</h1><p>${MINUTES_SENTENCE}</p>`,
  )
  await printer.evaluate(() => document.fonts.ready)
  const bytes = await printer.pdf({ format: 'A4' })
  await printer.close()
  return bytes
}

/**
 * Per canvas in the viewer: its pixel width, how many of its pixels are not white and how many are. Read from a copy:
 * asking the canvas itself for a context before pdf.js does would give pdf.js a context with other settings.
 */
function drawnPixels(viewer: Locator): Promise<{ width: number; inked: number; paper: number }[]> {
  return viewer.locator('canvas').evaluateAll((canvases) =>
    canvases.map((canvas) => {
      const element = canvas as HTMLCanvasElement
      if (element.width === 0 || element.height === 0) return { width: element.width, inked: 0, paper: 0 }
      const copy = document.createElement('canvas')
      copy.width = element.width
      copy.height = element.height
      const context = copy.getContext('2d', { willReadFrequently: true })
      if (!context) return { width: element.width, inked: 0, paper: 0 }
      context.drawImage(element, 0, 0)
      const { data } = context.getImageData(0, 0, copy.width, copy.height)
      let inked = 0
      for (let index = 0; index < data.length; index += 4) if ((data[index] ?? 255) < 200) inked++
      return { width: element.width, inked, paper: data.length / 4 - inked }
    }),
  )
}

const SCAN_PAGES = 12

/** A scan: every page a picture (pdf.js keeps a page's decoded images until the page is cleaned up) and a line of text. */
async function scannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const scan = await pdf.embedPng(png(400, 260, [90, 90, 90]))
  for (let number = 1; number <= SCAN_PAGES; number++) {
    const page = pdf.addPage([595, 420])
    page.drawImage(scan, { x: 40, y: 40, width: 515, height: 320 })
    page.drawText(`Gescande pagina ${String(number)}`, { x: 40, y: 380, size: 18, font })
  }
  return Buffer.from(await pdf.save())
}

/** What the viewer asked pdf.js's worker for, by page number (see watchPdfWorker). */
interface WorkerWatch {
  operatorLists: number[]
  heldText: number[]
  holdTextOf: number[]
}

/**
 * Listens in on the messages to pdf.js's worker (pdf.js's own protocol, as of 6.5):
 * records which pages' operator lists are asked for, and holds back the text
 * of the pages in holdTextOf, so the viewer can be closed while a page's text
 * is still on its way.
 */
function watchPdfWorker(page: Page, holdTextOf: number[]): Promise<void> {
  return page.evaluate((hold) => {
    const watch: WorkerWatch = { operatorLists: [], heldText: [], holdTextOf: hold }
    Object.assign(window, { pdfWorkerWatch: watch })
    const post = Object.getOwnPropertyDescriptor(Worker.prototype, 'postMessage')?.value as (
      this: Worker,
      message: unknown,
      transfer: Transferable[],
    ) => void
    Worker.prototype.postMessage = function watched(this: Worker, message: unknown, transfer?: Transferable[]) {
      const { action, data } = (message ?? {}) as { action?: string; data?: { pageIndex?: number } }
      const number = (data?.pageIndex ?? -1) + 1
      if (action === 'GetOperatorList') watch.operatorLists.push(number)
      if (action === 'GetTextContent' && watch.holdTextOf.includes(number)) {
        watch.heldText.push(number)
        return
      }
      post.call(this, message, transfer ?? [])
    } as Worker['postMessage']
  }, holdTextOf)
}

function workerWatch(page: Page): Promise<WorkerWatch> {
  return page.evaluate(() => (window as unknown as { pdfWorkerWatch: WorkerWatch }).pdfWorkerWatch)
}

describe('shows PDF attachments with pdf.js in its own page (standard and embedded fonts, text layer, zoom, a long scan), and a damaged PDF or a failed pdf.js load with a Dutch message', () => {
  const { step } = tafelwerk.scenario(openVault)
  let pdfBytes: Buffer
  let damaged: Buffer

  step('four PDFs are added: two pages, an embedded font, a damaged one and a long scan', async (app) => {
    const { page } = app
    await page.goto(TafelwerkApp.url(`vergaderingen/${meetingId}`))
    const panel = await openFirstItem(page)
    const addInput = panel.getByLabel('Bijlage toevoegen')
    pdfBytes = await twoPagePdf()
    damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)])
    await addInput.setInputFiles([
      { name: 'signalen.pdf', mimeType: 'application/pdf', buffer: pdfBytes },
      { name: 'notulen.pdf', mimeType: 'application/pdf', buffer: await printedPdf(page) },
      { name: 'kapot.pdf', mimeType: 'application/pdf', buffer: damaged },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: await scannedPdf() },
    ])
    const table = panel.getByRole('table', { name: 'Bijlagen bij agendapunt 1' })
    await table.getByRole('row', { name: /scan\.pdf/u }).waitFor()
  })

  step('two pages, labelled and drawn, with a text layer, parsed in a worker from our own bundle', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    // Two pages, labelled, drawn on canvases that are not blank, the sentence in the text layer over page 2.
    const openPdf = panel.getByRole('button', { name: 'Openen signalen.pdf' })
    await openPdf.click()
    const viewer = page.getByRole('dialog', { name: 'signalen.pdf' })
    const pages = viewer.getByRole('region', { name: 'PDF signalen.pdf' })
    const firstPage = pages.getByRole('group', { name: 'Pagina 1 van 2' })
    const secondPage = pages.getByRole('group', { name: 'Pagina 2 van 2' })
    await secondPage.waitFor()
    await viewer.getByText('Pagina 1 van 2', { exact: true }).waitFor()
    await page.waitForFunction(() => document.querySelectorAll('.pdf-view__page .textLayer span').length > 0)
    const [firstDrawn] = await drawnPixels(firstPage)
    expect(firstDrawn?.width ?? 0).toBeGreaterThan(500)
    expect(firstDrawn?.inked ?? 0).toBeGreaterThan(1000)
    // Parsed in a worker from our own bundle (no blob: worker, nothing on the main thread).
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
      expect.stringMatching(/^\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/u),
    ])
  })

  step('the page list scrolls by keyboard, and page 2 is drawn once it comes near the view', async (app) => {
    const { page } = app
    const viewer = page.getByRole('dialog', { name: 'signalen.pdf' })
    const pages = viewer.getByRole('region', { name: 'PDF signalen.pdf' })
    const secondPage = pages.getByRole('group', { name: 'Pagina 2 van 2' })
    // The page list scrolls by keyboard; page 2 is drawn once it comes near the view (long PDFs are drawn lazily).
    await pages.focus()
    await page.keyboard.press('End')
    await viewer.getByText('Pagina 2 van 2', { exact: true }).waitFor()
    await page.waitForFunction(
      () =>
        (document.querySelectorAll('.pdf-view__page')[1]?.querySelector('.textLayer')?.textContent ?? '').length > 0,
    )
    expect(await secondPage.locator('.textLayer').textContent()).toContain(PDF_SENTENCE)
    await expect.poll(async () => (await drawnPixels(secondPage))[0]?.inked ?? 0).toBeGreaterThan(300)
    await checkScreen(app, 'bijlagen: pdf in de viewer')
  })

  step('zoom in and back to the viewer’s width; closing the viewer ends its worker and its canvases', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    const openPdf = panel.getByRole('button', { name: 'Openen signalen.pdf' })
    const viewer = page.getByRole('dialog', { name: 'signalen.pdf' })
    const pages = viewer.getByRole('region', { name: 'PDF signalen.pdf' })
    const firstPage = pages.getByRole('group', { name: 'Pagina 1 van 2' })
    // Zoom in and back to the viewer's width.
    const widthOf = async () => (await firstPage.boundingBox())?.width ?? 0
    const fitted = await widthOf()
    expect(await viewer.getByRole('button', { name: 'Passende breedte' }).getAttribute('aria-disabled')).toBe('true')
    await viewer.getByRole('button', { name: 'Inzoomen' }).click()
    await expect.poll(widthOf).toBeCloseTo(fitted * 1.25, 0)
    await viewer.getByRole('button', { name: 'Passende breedte' }).click()
    await expect.poll(widthOf).toBeCloseTo(fitted, 0)
    await page.keyboard.press('Escape')
    await viewer.waitFor({ state: 'detached' })
    await expectFocused(openPdf)
    // Closing the viewer ends the document's worker and pdf.js's measuring canvases.
    await expect.poll(() => page.workers().length).toBe(0)
    expect(await page.locator('canvas').count()).toBe(0)
  })

  step(
    'a PDF with an embedded font, like Tafelwerk’s own minutes, is drawn with that font and readable',
    async (app) => {
      const { page } = app
      const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
      // A PDF with an embedded font, like Tafelwerk's own minutes: drawn with that font, its text readable.
      await panel.getByRole('button', { name: 'Openen notulen.pdf' }).click()
      const minutesViewer = page.getByRole('dialog', { name: 'notulen.pdf' })
      const minutesPage = minutesViewer.getByRole('group', { name: 'Pagina 1 van 1' })
      await minutesPage.locator('.textLayer span').first().waitFor()
      expect(await minutesPage.locator('.textLayer').textContent()).toContain(MINUTES_SENTENCE)
      await expect.poll(async () => (await drawnPixels(minutesPage))[0]?.inked ?? 0).toBeGreaterThan(300)
      await checkScreen(app, 'bijlagen: pdf met ingebed lettertype')
      await page.keyboard.press('Escape')
      await minutesViewer.waitFor({ state: 'detached' })
    },
  )

  step('a damaged PDF: a Dutch message, and it can still be saved', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    // A damaged PDF: a Dutch message, and it can still be saved.
    await panel.getByRole('button', { name: 'Openen kapot.pdf' }).click()
    const brokenViewer = page.getByRole('dialog', { name: 'kapot.pdf' })
    await brokenViewer.getByRole('alert').getByText(PDF_DAMAGED).waitFor()
    expect(await brokenViewer.locator('canvas').count()).toBe(0)
    await checkScreen(app, 'bijlagen: beschadigde pdf')
    await brokenViewer.getByRole('textbox', { name: 'Doel van het opslaan' }).fill('Stuk voor de politie')
    await brokenViewer.getByRole('button', { name: 'Opslaan als…' }).click()
    await brokenViewer.getByRole('status').getByText('‘kapot.pdf’ is opgeslagen als ‘kapot.pdf’.').waitFor()
    expect(readFileSync(join(app.exportTarget.folder, 'kapot.pdf')).equals(damaged)).toBe(true)
    await page.keyboard.press('Escape')
    await brokenViewer.waitFor({ state: 'detached' })
  })

  step('a long scan closed while a page’s text is on its way leaves no canvas behind', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    // Closed while page 2's text is still on its way (held back), after page 1's text made pdf.js add its measuring
    // canvas to <body>: that canvas goes too, once the document is destroyed.
    await watchPdfWorker(page, [2])
    const openScan = panel.getByRole('button', { name: 'Openen scan.pdf' })
    await openScan.click()
    const scanViewer = page.getByRole('dialog', { name: 'scan.pdf' })
    const scanPages = scanViewer.getByRole('region', { name: 'PDF scan.pdf' })
    const scanFirst = scanPages.getByRole('group', { name: `Pagina 1 van ${String(SCAN_PAGES)}` })
    await scanFirst.locator('.textLayer span').first().waitFor()
    await page.locator('body > canvas').first().waitFor({ state: 'attached' })
    await expect.poll(async () => (await workerWatch(page)).heldText).toEqual([2])
    await page.keyboard.press('Escape')
    await scanViewer.waitFor({ state: 'detached' })
    await expect.poll(() => page.workers().length).toBe(0)
    expect(await page.locator('canvas').count()).toBe(0)
  })

  step('a page scrolled far away gives its images back and is drawn again on return', async (app) => {
    const { page } = app
    const panel = page.getByRole('group', { name: 'Agendapunt 1 bewerken' }).getByRole('region', { name: 'Bijlagen' })
    const openScan = panel.getByRole('button', { name: 'Openen scan.pdf' })
    const scanViewer = page.getByRole('dialog', { name: 'scan.pdf' })
    const scanPages = scanViewer.getByRole('region', { name: 'PDF scan.pdf' })
    const scanFirst = scanPages.getByRole('group', { name: `Pagina 1 van ${String(SCAN_PAGES)}` })
    const scanLast = scanPages.getByRole('group', { name: `Pagina ${String(SCAN_PAGES)} van ${String(SCAN_PAGES)}` })
    // A page scrolled far away gives its decoded images back (pdf.js's page cleanup): back at the top, page 1's
    // drawing is asked of the worker again, and drawn as before.
    await page.evaluate(() => {
      const watch = (window as unknown as { pdfWorkerWatch: WorkerWatch }).pdfWorkerWatch
      watch.holdTextOf = []
      watch.operatorLists = []
    })
    const operatorListsOfPage1 = async () =>
      (await workerWatch(page)).operatorLists.filter((number) => number === 1).length
    // A scanned page is a grey picture on white paper; a canvas pdf.js has not painted yet is all black.
    const scanDrawn = (pdfPage: Locator) => async () => {
      const [drawn] = await drawnPixels(pdfPage)
      return (drawn?.inked ?? 0) > 20_000 && (drawn?.paper ?? 0) > 20_000
    }
    await openScan.click()
    await expect.poll(scanDrawn(scanFirst)).toBe(true)
    await scanPages.focus()
    await page.keyboard.press('End')
    await scanViewer.getByText(`Pagina ${String(SCAN_PAGES)} van ${String(SCAN_PAGES)}`, { exact: true }).waitFor()
    await expect.poll(scanDrawn(scanLast)).toBe(true)
    await expect.poll(async () => (await drawnPixels(scanFirst))[0]?.width).toBe(0)
    expect(await operatorListsOfPage1()).toBe(1)
    await page.keyboard.press('Home')
    await scanViewer.getByText(`Pagina 1 van ${String(SCAN_PAGES)}`, { exact: true }).waitFor()
    await expect.poll(scanDrawn(scanFirst)).toBe(true)
    expect(await scanFirst.locator('.textLayer').textContent()).toContain('Gescande pagina 1')
    expect(await operatorListsOfPage1()).toBe(2)
    await checkScreen(app, 'bijlagen: lange gescande pdf')
    await page.keyboard.press('Escape')
    await scanViewer.waitFor({ state: 'detached' })
  })

  step(
    'if pdf.js itself cannot be loaded, only the PDF is lost: a Dutch message, the file can still be saved',
    async (app) => {
      // If pdf.js itself cannot be loaded, only the PDF is lost: a Dutch message, the rest of the app stays, the file can
      // still be saved. (A fresh window: a lazily loaded part, once loaded, stays loaded.)
      await app.restart(`vergaderingen/${meetingId}`)
      await unlockWith(app.page, PASSPHRASE)
      await app.page.route(/\/assets\/pdf-view-[\w-]+\.js$/u, (route) => route.abort())
      const panelAgain = await openFirstItem(app.page)
      await panelAgain.getByRole('button', { name: 'Openen signalen.pdf' }).click()
      const unloaded = app.page.getByRole('dialog', { name: 'signalen.pdf' })
      await unloaded.getByRole('alert').getByText(PDF_FAILED).waitFor()
      await app.page.getByRole('heading', { name: 'Bijlagen' }).first().waitFor()
      // Only the blocked file itself (Chromium may ask for it more than once): the app writes nothing on the console,
      // not even what the boundary caught (the root's onCaughtError), since an error's text could carry data.
      expect(new Set(app.takeProblems())).toEqual(
        new Set([expect.stringMatching(/^request failed: \/assets\/pdf-view-[\w-]+\.js \(net::ERR_FAILED\)$/u)]),
      )
      await checkScreen(app, 'bijlagen: pdf.js kon niet worden geladen')
      await unloaded.getByRole('textbox', { name: 'Doel van het opslaan' }).fill('Stuk voor de politie')
      await unloaded.getByRole('button', { name: 'Opslaan als…' }).click()
      await unloaded.getByRole('status').getByText('‘signalen.pdf’ is opgeslagen als ‘signalen.pdf’.').waitFor()
      expect(readFileSync(join(app.exportTarget.folder, 'signalen.pdf')).equals(pdfBytes)).toBe(true)
      await app.page.keyboard.press('Escape')
      await unloaded.waitFor({ state: 'detached' })
    },
  )
})

it("draws a black-and-white scan (CCITT fax, as office scanners make them) with pdf.js's JavaScript decoder, loaded from our own bundle", async () => {
  const app = await start(openVault)
  const { page } = app
  await page.goto(TafelwerkApp.url(`vergaderingen/${meetingId}`))
  const panel = await openFirstItem(page)
  await panel
    .getByLabel('Bijlage toevoegen')
    .setInputFiles([{ name: 'fax.pdf', mimeType: 'application/pdf', buffer: await faxPdf() }])
  await panel.getByRole('button', { name: 'Openen fax.pdf' }).click()
  const viewer = page.getByRole('dialog', { name: 'fax.pdf' })
  const faxPage = viewer.getByRole('group', { name: 'Pagina 1 van 1' })
  // The stripes are about a third of the picture, which covers most of the page: black and white both well present.
  await expect
    .poll(async () => {
      const [drawn] = await drawnPixels(faxPage)
      return (drawn?.inked ?? 0) > 50_000 && (drawn?.paper ?? 0) > 50_000
    })
    .toBe(true)
  expect(await viewer.getByText('Deze pagina kan niet worden getoond.').count()).toBe(0)
  await page.keyboard.press('Escape')
  await viewer.waitFor({ state: 'detached' })
  app.expectNoProblems()
})

/**
 * One page with a 1-bit picture in CCITT Group 3 (one-dimensional) coding: black bars on white, every fourth
 * group of rows. pdf.js 6 decodes CCITT and JBIG2 only through its JBIG2 module, which it loads at run time.
 */
async function faxPdf(): Promise<Buffer> {
  const width = 256
  const height = 192
  // ITU-T T.4 codes for the only runs used: a make-up code (multiple of 64) followed by the terminating code of 0.
  const whiteRun: Record<number, string> = { 64: '11011' + '00110101', 256: '0110111' + '00110101' }
  const blackRun: Record<number, string> = { 128: '000011001000' + '0000110111' }
  let bits = ''
  for (let row = 0; row < height; row++) {
    const striped = Math.floor(row / 16) % 4 === 0
    bits += striped ? (whiteRun[64] ?? '') + (blackRun[128] ?? '') + (whiteRun[64] ?? '') : (whiteRun[256] ?? '')
  }
  const bytes = new Uint8Array(Math.ceil(bits.length / 8))
  for (let index = 0; index < bits.length; index++)
    if (bits[index] === '1') bytes[index >> 3] = (bytes[index >> 3] ?? 0) | (0x80 >> (index & 7))

  const pdf = await PDFDocument.create()
  const image = pdf.context.register(
    pdf.context.stream(bytes, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 1,
      Filter: 'CCITTFaxDecode',
      DecodeParms: { K: 0, Columns: width, Rows: height },
    }),
  )
  const page = pdf.addPage([595, 420])
  const name = page.node.newXObject('Fax', image)
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(515, 0, 0, 340, 40, 40),
    drawObject(name),
    popGraphicsState(),
  )
  return Buffer.from(await pdf.save())
}
