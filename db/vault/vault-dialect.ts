import {
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely'
import type { SqliteDatabase } from './open-database'

/**
 * Kysely's SQLite dialect, except that it does not roll back what SQLite
 * already rolled back. On a full disk or an I/O error SQLite ends the whole
 * transaction by itself; Kysely's ROLLBACK after it then fails with "no
 * transaction is active", and that error replaces the real one, so the user
 * would never hear that the disk is full.
 */
export class VaultDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SqliteDatabase,
    private readonly config: SqliteDialectConfig,
  ) {
    super(config)
  }

  override createDriver(): Driver {
    return new VaultDriver(this.sqlite, this.config)
  }
}

class VaultDriver extends SqliteDriver {
  constructor(
    private readonly sqlite: SqliteDatabase,
    config: SqliteDialectConfig,
  ) {
    super(config)
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection)
  }

  override async rollbackToSavepoint(
    connection: DatabaseConnection,
    savepointName: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackToSavepoint(connection, savepointName, compileQuery)
  }
}
