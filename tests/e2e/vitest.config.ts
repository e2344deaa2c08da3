import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * End-to-end tests: the built renderer in Debian's Chromium, its window.omt
 * bridged to the real handlers on a real vault in this process. One file at a
 * time: every test drives a whole browser and Argon2id derivations.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
})
