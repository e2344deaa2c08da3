import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * The performance guard runs alone, after the other tests: its ratios are
 * measured in one process against floors timed in the same runs, but another
 * test file deriving Argon2id keys on the second core makes the bursts that
 * turn a median of 20 runs into noise.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../../..'),
  test: {
    include: ['tests/integration/bench/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
})
