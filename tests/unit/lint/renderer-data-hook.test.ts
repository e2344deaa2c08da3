import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The rule that keeps request() out of the renderer's screens (eslint.config.js).
 * The code is linted as if it were an existing file, so the type-aware setup
 * knows it; only its text is ours.
 */
const cwd = fileURLToPath(new URL('../../..', import.meta.url))
const eslint = new ESLint({ cwd })

const callsRequest = `import { request } from '../api/request'

export const load = () => request('vault:status', {})
`
const usesTheHook = `import { messageOf } from '../api/request'
import { useVaultQuery } from '../api/use-vault-query'

export function useStatus() {
  const { data, error } = useVaultQuery('vault:status', {})
  return { data, error: error ?? messageOf(null) }
}
`

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

// The first lint builds the TypeScript program of the whole project: slow on a loaded machine.
describe('renderer data hook rule', { timeout: 120_000 }, () => {
  it('refuses request() in a screen', async () => {
    const messages = await restrictedImports(callsRequest, 'renderer/src/meetings/use-tables.ts')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('useVaultQuery or useVaultMutation')
  })

  it('refuses it in a component file too, at any depth', async () => {
    const code = callsRequest.replace("'../api/request'", "'../../api/request'")
    expect(await restrictedImports(code, 'renderer/src/meetings/decisions/decision-history.tsx')).toHaveLength(1)
  })

  it('lets a screen use the hooks and messageOf', async () => {
    expect(await restrictedImports(usesTheHook, 'renderer/src/meetings/use-tables.ts')).toEqual([])
  })

  it('lets api/ and the stores call request()', async () => {
    expect(
      await restrictedImports(
        callsRequest.replace("'../api/request'", "'./request'"),
        'renderer/src/api/use-vault-query.ts',
      ),
    ).toEqual([])
    expect(await restrictedImports(callsRequest, 'renderer/src/stores/session-store.ts')).toEqual([])
  })
})
