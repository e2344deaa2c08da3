import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect } from 'vitest'
import type { Vault } from '../../db/vault/vault'
import { checkScreen } from './harness/check-screen'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { heading, unlockWith } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { plainCase } from '../support/plain-case'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Een kopie op de stick in de la'
const ALIAS = 'Garage Zonnehoek'

const tafelwerk = useTafelwerk()
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

async function value<T>(app: TafelwerkApp, channel: string, input: unknown): Promise<T> {
  const envelope = (await app.call(channel, input)) as { ok: true; value: T } | { ok: false; error: { code: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}`)
  return envelope.value
}

describe('back-up and restore', () => {
  const source = tafelwerk.scenario({
    prepare: async (vault: Vault) => {
      await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
    },
    route: 'casussen',
  })
  let backupFile = ''

  source.step('the reminder asks for a first back-up', async (app) => {
    const tables = await value<{ rows: { id: string }[] }>(app, 'reference:list', {
      kind: 'table',
      includeArchived: false,
    })
    const tableId = tables.rows[0]?.id ?? ''
    await value(
      app,
      'case:create',
      plainCase(tableId, ALIAS, { registeredOn: '2026-11-02', retentionUntil: '2031-11-02' }),
    )
    await app.page.reload()
    await heading(app.page, 'Tijd voor een back-up', 2)
    await checkScreen(app, 'herinnering aan een back-up')
  })

  source.step('a back-up is made to the chosen folder, checked, and the reminder goes', async (app) => {
    const { page } = app
    await page.getByRole('link', { name: 'Back-up maken' }).click()
    await heading(page, 'Back-up', 2)
    await page.getByRole('button', { name: 'Map kiezen…' }).click()
    await page.getByText(app.dialogs.folder ?? '', { exact: true }).waitFor()
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click()
    await page.getByText(/^Back-up gemaakt en gecontroleerd: /u).waitFor()
    await page.getByRole('heading', { name: 'Tijd voor een back-up' }).waitFor({ state: 'detached' })
    expect(await page.getByTestId('last-backup').textContent()).toMatch(/^De laatste back-up is van \d/u)
    await checkScreen(app, 'back-up gemaakt')
    const folder = app.dialogs.folder ?? ''
    const files = readdirSync(folder)
    expect(files).toHaveLength(1)
    backupFile = join(folder, files[0] ?? '')
  })

  source.step('a vault damaged since is found at unlock, kept, and restored from the newest back-up', async (app) => {
    await app.restart()
    const database = join(app.folder, 'tafelwerk.vault')
    const bytes = readFileSync(database)
    // One byte in page 2, the root of the first table made: page 1 still opens, so only reading every page finds it.
    const at = 4096 + 100
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at)
    writeFileSync(database, bytes)
    const damaged = sha256(database)
    const { page } = app
    await unlockWith(page, PASSPHRASE)
    await heading(page, 'De kluis kan niet worden geopend')
    expect(sha256(database)).toBe(damaged)
    await page.getByRole('button', { name: 'Herstellen uit een back-up' }).click()
    await page.getByText(/^De nieuwste back-up in de map voor back-ups is van /u).waitFor()
    await checkScreen(app, 'beschadigde kluis: nieuwste back-up')
    await page.getByRole('button', { name: 'Deze back-up gebruiken' }).click()
    await page.getByLabel('Wachtwoord van toen de back-up werd gemaakt').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Back-up controleren' }).click()
    await page.getByRole('button', { name: 'Herstellen', exact: true }).click()
    await page.getByText(ALIAS, { exact: true }).waitFor()
    const kept = readdirSync(app.folder).find((name) => /^tafelwerk\.vault\.voor-herstel-[^.]+$/u.test(name))
    expect(kept && sha256(join(app.folder, kept))).toBe(damaged)
  })

  describe('on a new laptop', () => {
    const laptop = tafelwerk.scenario({ folder: mkdtempSync(join(tmpdir(), 'tafelwerk-e2e-new-laptop-')) })

    laptop.step('the first screen offers a restore, and a wrong passphrase changes nothing', async (app) => {
      const { page } = app
      await heading(page, 'Nieuwe kluis maken')
      await page.getByRole('button', { name: 'Herstellen uit een back-up' }).click()
      await heading(page, 'Herstellen uit een back-up')
      app.dialogs.file = backupFile
      await page.getByRole('button', { name: 'Back-up kiezen…' }).click()
      await page.getByText(/^Gekozen: tafelwerk-back-up-/u).waitFor()
      await page.getByLabel('Wachtwoord van toen de back-up werd gemaakt').fill('niet het goede wachtwoord')
      await page.getByRole('button', { name: 'Back-up controleren' }).click()
      await page.getByText(/Dit wachtwoord of deze herstelsleutel opent deze back-up niet/u).waitFor()
      expect(readdirSync(app.folder).filter((name) => name.startsWith('tafelwerk.vault'))).toEqual([])
      await checkScreen(app, 'herstellen: verkeerd wachtwoord')
    })

    laptop.step('the checked back-up shows what it holds, then opens with its data', async (app) => {
      const { page } = app
      await page.getByLabel('Wachtwoord van toen de back-up werd gemaakt').fill(PASSPHRASE)
      await page.getByRole('button', { name: 'Back-up controleren' }).click()
      await page.getByText('De back-up is in orde', { exact: true }).waitFor()
      const counts = page.getByRole('definition')
      expect(await counts.first().textContent()).toBe('1')
      expect(existsSync(join(app.folder, 'tafelwerk.vault'))).toBe(false)
      await checkScreen(app, 'herstellen: inhoud van de back-up')
      await page.getByRole('button', { name: 'Herstellen', exact: true }).click()
      await page.getByText(ALIAS, { exact: true }).waitFor()
      // The back-up it came from counts as this vault's last one, so no reminder greets the restored vault.
      expect(await page.getByRole('heading', { name: 'Tijd voor een back-up' }).count()).toBe(0)
      expect(existsSync(join(app.folder, 'tafelwerk.vault'))).toBe(true)
      await checkScreen(app, 'herstelde kluis')
    })
  })
})
