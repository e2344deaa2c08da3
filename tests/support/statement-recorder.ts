import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers'

export interface Executed {
  sql: string
  /** The query plan's lines for a read (EXPLAIN QUERY PLAN with the same parameters); null for a write. */
  plan: string[] | null
}

const executions = ['all', 'get', 'run', 'iterate'] as const

/**
 * Records every statement the connection executes, each execution once.
 * Wrapping `prepare` alone would miss reruns: the vault's statement cache
 * prepares a query once and runs it again and again, so the statements
 * prepared from now on are wrapped and count each time they run.
 */
export function recordStatements(sqlite: SqliteDatabase): Executed[] {
  const recorded: Executed[] = []
  const prepare = sqlite.prepare.bind(sqlite)
  const planOf = (sql: string, args: unknown[]) =>
    (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((row) => row.detail)
  sqlite.prepare = ((sql: string) => {
    const statement = prepare(sql)
    const methods = statement as unknown as Record<(typeof executions)[number], (...args: unknown[]) => unknown>
    for (const name of executions) {
      const original = methods[name].bind(statement)
      methods[name] = (...args: unknown[]) => {
        recorded.push({ sql, plan: statement.reader ? planOf(sql, args) : null })
        return original(...args)
      }
    }
    return statement
  }) as typeof sqlite.prepare
  return recorded
}
