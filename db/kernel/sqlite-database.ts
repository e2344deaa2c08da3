import type Database from 'better-sqlite3-multiple-ciphers'

/** The raw connection, named once so the vault and the processing log share it without importing each other. */
export type SqliteDatabase = Database.Database
