import Database from 'better-sqlite3-multiple-ciphers'

/** Whether plain SQLCipher 4 settings with this raw key read the vault file, as a user's own tools would. */
export function opensWithRawKey(path: string, hex: string): boolean {
  const raw = new Database(path, { readonly: true })
  try {
    raw.pragma("cipher='sqlcipher'")
    raw.pragma('legacy=4')
    raw.pragma(`key="x'${hex}'"`)
    raw.prepare('SELECT count(*) FROM sqlite_master').get()
    return true
  } catch {
    return false
  } finally {
    raw.close()
  }
}
