import { closeSync, openSync, readSync, statSync } from 'node:fs'

/**
 * Reads the `-wal` beside the database the way SQLite's recovery does, but
 * without opening the database, so a damaged WAL is noticed instead of
 * silently cut short. SQLite stops replaying at the first frame whose
 * checksum fails and drops every commit after it: a flipped byte in the
 * middle of the WAL loses later confirmed saves without any error (measured:
 * 198 of 2,000 rows gone, `integrity_check` ok).
 *
 * Format (sqlite.org/fileformat2.html#walformat): a 32-byte header (magic,
 * version, page size, checkpoint sequence, two salts, a checksum over the
 * first 24 bytes), then frames of a 24-byte header (page number, database
 * size after commit or 0, the two salts, a cumulative checksum) and one page.
 * SQLite3 Multiple Ciphers encrypts only the page data; the frame headers and
 * checksums are SQLite's own.
 *
 * What counts as damage, and what does not:
 * - frames whose salts differ from the header's are left over from before a
 *   checkpoint reset the WAL: the normal end of the log, as long as no frame
 *   with the current salts follows (SQLite writes a WAL from its start);
 * - a bad frame in the last transaction is what a power loss mid-commit
 *   leaves (a torn write): that transaction was never confirmed, SQLite
 *   drops it, and so do we;
 * - a bad frame followed by a later transaction that is intact is damage:
 *   with `synchronous=FULL` SQLite starts a transaction only after the one
 *   before it was synced, so those frames were confirmed once.
 * - a header that fails its own checksum while frames follow is damage too:
 *   SQLite would ignore the whole file.
 */
export type WalState = 'absent' | 'intact' | 'damaged'

const HEADER_BYTES = 32
const FRAME_HEADER_BYTES = 24
const MAGIC_LITTLE_ENDIAN = 0x377f0682
const MAGIC_BIG_ENDIAN = 0x377f0683

export function scanWal(walPath: string): WalState {
  let size: number
  try {
    size = statSync(walPath).size
  } catch {
    return 'absent'
  }
  if (size === 0) return 'intact'
  const fd = openSync(walPath, 'r')
  try {
    return scanOpenWal(fd, size)
  } finally {
    closeSync(fd)
  }
}

function scanOpenWal(fd: number, size: number): WalState {
  if (size < HEADER_BYTES) return 'damaged'
  const header = Buffer.alloc(HEADER_BYTES)
  readSync(fd, header, 0, HEADER_BYTES, 0)
  const magic = header.readUInt32BE(0)
  if (magic !== MAGIC_LITTLE_ENDIAN && magic !== MAGIC_BIG_ENDIAN) return 'damaged'
  const bigEndian = magic === MAGIC_BIG_ENDIAN
  const pageSize = header.readUInt32BE(8)
  const seed = checksum(header.subarray(0, 24), [0, 0], bigEndian)
  if (seed[0] !== header.readUInt32BE(24) || seed[1] !== header.readUInt32BE(28) || !validPageSize(pageSize))
    return 'damaged'
  const salts = [header.readUInt32BE(16), header.readUInt32BE(20)] as const
  const frameBytes = FRAME_HEADER_BYTES + pageSize
  const frame = Buffer.alloc(frameBytes)
  let running: Checksum = seed
  /** Set at the first bad frame: from there on, whether a later transaction is intact. */
  let badSeen = false
  let badTransactionEnded = false
  for (let offset = HEADER_BYTES; offset + frameBytes <= size; offset += frameBytes) {
    readSync(fd, frame, 0, frameBytes, offset)
    const current = frame.readUInt32BE(8) === salts[0] && frame.readUInt32BE(12) === salts[1]
    const stored: Checksum = [frame.readUInt32BE(16), frame.readUInt32BE(20)]
    const commit = frame.readUInt32BE(4) !== 0
    if (!badSeen) {
      if (current && sameChecksum(frameChecksum(frame, running, bigEndian), stored)) {
        running = stored
        continue
      }
      badSeen = true
      badTransactionEnded = commit
      running = stored
      continue
    }
    // After the bad frame each frame is checked against the checksum its predecessor stored.
    const intact = current && sameChecksum(frameChecksum(frame, running, bigEndian), stored)
    running = stored
    if (!intact) continue
    if (badTransactionEnded) return 'damaged'
    if (commit) badTransactionEnded = true
  }
  return 'intact'
}

type Checksum = readonly [number, number]

function sameChecksum(a: Checksum, b: Checksum): boolean {
  return a[0] === b[0] && a[1] === b[1]
}

function validPageSize(pageSize: number): boolean {
  return pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0
}

/** A frame's checksum covers the first 8 bytes of its header and its page. */
function frameChecksum(frame: Buffer, seed: Checksum, bigEndian: boolean): Checksum {
  const afterHeader = checksum(frame.subarray(0, 8), seed, bigEndian)
  return checksum(frame.subarray(FRAME_HEADER_BYTES), afterHeader, bigEndian)
}

/** SQLite's walChecksumBytes: 32-bit words in the WAL's byte order, two running sums. */
function checksum(bytes: Buffer, seed: Checksum, bigEndian: boolean): Checksum {
  let s1 = seed[0]
  let s2 = seed[1]
  for (let i = 0; i < bytes.length; i += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i)
    const x1 = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4)
    s1 = (s1 + x0 + s2) >>> 0
    s2 = (s2 + x1 + s1) >>> 0
  }
  return [s1, s2]
}
