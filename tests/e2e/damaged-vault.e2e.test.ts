import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { checkScreen } from './harness/check-screen'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'

const tafelwerk = useTafelwerk()

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('a damaged vault', () => {
  test('is explained, kept byte for byte, and set aside for a new vault', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-e2e-damaged-'))
    writeFileSync(join(folder, 'tafelwerk.vault'), 'not a database at all')
    writeFileSync(join(folder, 'tafelwerk.vault.header.json'), '{ "format": "something else"')
    const before = readdirSync(folder)
      .map((name) => sha256(join(folder, name)))
      .sort()

    const app = await tafelwerk.start({ folder })
    const { page } = app
    await heading(page, 'De kluis kan niet worden geopend')
    await page.getByText('Het bestand is niet gewijzigd', { exact: true }).waitFor()
    await checkScreen(app, 'beschadigde kluis')

    await page.getByRole('button', { name: 'Bestand apart zetten en nieuwe kluis maken' }).click()
    await heading(page, 'Nieuwe kluis maken')
    const kept = readdirSync(folder)
    expect(kept.every((name) => name.includes('.beschadigd-'))).toBe(true)
    expect(kept.map((name) => sha256(join(folder, name))).sort()).toEqual(before)
    app.expectNoProblems()
  })
})
