import { defineConfig } from 'vitest/config'

/** Unit and integration tests under Node: shared/, db/ on real encrypted files, electron/ with electron mocked. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The performance guard runs alone afterwards (npm run test:guard).
    exclude: ['tests/integration/bench/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Argon2id with 64 MiB per derivation: two workers suit a two-core machine.
    maxWorkers: 2,
  },
})
