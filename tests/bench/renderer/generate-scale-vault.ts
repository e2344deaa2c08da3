import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { generateScaleVault } from './scale-vault'

/**
 * `tsx tests/bench/renderer/generate-scale-vault.ts <empty folder>`: the scale
 * dataset once, for iterating on the renderer bench with
 * `TAFELWERK_BENCH_VAULT=<folder> tsx tests/bench/renderer-run.ts`.
 */
const folder = process.argv[2]
if (!folder) throw new Error('usage: generate-scale-vault.ts <empty folder>')
if (existsSync(folder) && readdirSync(folder).length > 0) throw new Error(`${folder} is not empty`)
mkdirSync(folder, { recursive: true })
const { counts, generationMs } = await generateScaleVault(folder)
console.log(JSON.stringify({ folder, generation_ms: generationMs, ...counts }))
