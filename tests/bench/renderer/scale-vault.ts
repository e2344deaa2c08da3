import { cpSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { type DemoCounts, generateDemoData } from '../../../db/demo/generate-demo-data'
import { Vault } from '../../../db/vault/vault'
import { withTestOwner } from '../../support/test-owner'

export const SCALE_PASSPHRASE = 'benchmark wachtwoord met lengte'

export interface ScaleVault {
  /** A folder of its own: the bench may change it (the meeting script does) and deletes it afterwards. */
  folder: string
  counts: DemoCounts | null
  generationMs: number | null
}

/** The scale dataset (seed 2026, scale 1: 5,000 cases) generated into a new encrypted vault in `folder`; locked after. */
export async function generateScaleVault(folder: string): Promise<{ counts: DemoCounts; generationMs: number }> {
  const vault = new Vault(folder)
  await vault.create(SCALE_PASSPHRASE, SCALE_PASSPHRASE, withTestOwner)
  const started = performance.now()
  const counts = await generateDemoData(vault.db, { seed: 2026, scale: 1 })
  const generationMs = Math.round(performance.now() - started)
  vault.lock()
  return { counts, generationMs }
}

/**
 * A scale vault for one bench run: generated here, or, when `reuse` names a
 * folder made by tests/bench/renderer/generate-scale-vault.ts, a copy of that
 * one (generation takes a minute or two; the copy is the same data).
 */
export async function scaleVault(reuse: string | undefined): Promise<ScaleVault> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-renderer-'))
  if (reuse !== undefined) {
    if (!existsSync(join(reuse, 'tafelwerk.vault'))) throw new Error(`no generated scale vault in ${reuse}`)
    cpSync(reuse, folder, { recursive: true })
    return { folder, counts: null, generationMs: null }
  }
  const { counts, generationMs } = await generateScaleVault(folder)
  return { folder, counts, generationMs }
}
