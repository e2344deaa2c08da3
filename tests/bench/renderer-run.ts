import { benchRenderer } from './renderer.bench'

/**
 * The renderer bench alone: `npx electron-vite build && npx tsx tests/bench/renderer-run.ts`.
 * TAFELWERK_BENCH_VAULT=<folder> reuses a scale vault from
 * `npx tsx tests/bench/renderer/generate-scale-vault.ts <folder>` (a copy of it; the folder stays as it was).
 */
await benchRenderer()
