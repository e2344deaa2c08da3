import { readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { writeReportPackage } from '../../../../../db/exports/district-report/report-package'
import { sampleDistrictReport } from '../../../../support/sample-district-report'
import { tempVault, type TempVault } from '../../../../support/temp-vault'

const report = sampleDistrictReport()
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const packageInput = (bytes: Uint8Array = writeReportPackage(report)) => ({
  bytes: base64(bytes),
  fileName: 'Voortgang District D 2026 H1.tafelrapport',
})

let made: TempVault | null = null
afterEach(() => {
  made?.cleanup()
  made = null
})

describe('districtReport:openPackage', () => {
  it('opens a package on a fresh installation that has no vault at all, and creates none', async () => {
    made = await tempVault({ create: false })
    expect(made.vault.status().state).toBe('none')
    const answer = await made.dispatch('districtReport:openPackage', packageInput())
    expect(answer).toEqual({ ok: true, value: report })
    expect(made.vault.status().state).toBe('none')
    expect(readdirSync(made.folder)).toEqual([])
  })

  it('opens it while the vault is locked, and leaves it locked', async () => {
    made = await tempVault()
    made.vault.lock()
    const answer = await made.dispatch('districtReport:openPackage', packageInput())
    expect(answer).toMatchObject({ ok: true, value: { scopeLabel: report.scopeLabel, notes: report.notes } })
    expect(made.vault.status().state).toBe('locked')
  })

  it('refuses a changed byte in Dutch, naming the file', async () => {
    made = await tempVault({ create: false })
    const changed = Uint8Array.from(writeReportPackage(report))
    changed[changed.length - 20] = (changed[changed.length - 20] ?? 0) ^ 0x01
    expect(await made.dispatch('districtReport:openPackage', packageInput(changed))).toEqual({
      ok: false,
      error: {
        code: 'PACKAGE_DAMAGED',
        message:
          '‘Voortgang District D 2026 H1.tafelrapport’: dit rapportbestand is beschadigd of na het exporteren gewijzigd. Tafelwerk opent het daarom niet; vraag de afzender het rapport opnieuw te exporteren.',
      },
    })
  })

  it('refuses bytes that are no base64 and a name with a folder, as field errors', async () => {
    made = await tempVault({ create: false })
    const answer = await made.dispatch('districtReport:openPackage', { bytes: 'niet base64!', fileName: '../x' })
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          bytes: 'Het rapportbestand kon niet worden gelezen. Kies het bestand opnieuw.',
          fileName: 'Geef alleen de bestandsnaam, zonder map.',
        },
      },
    })
  })
})
