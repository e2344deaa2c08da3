import { createHash } from 'node:crypto'
import { type FileHandle, open } from 'node:fs/promises'

const CHUNK_BYTES = 1024 * 1024

/**
 * Streams `length` bytes from `source` at `offset` into `target` (when given),
 * returning their SHA-256. A megabyte at a time, awaiting between chunks, so
 * the main process answers other requests and the progress bar moves.
 */
export async function copyHashed(
  source: FileHandle,
  offset: number,
  length: number,
  target: FileHandle | null,
  onChunk: (bytes: number) => void,
): Promise<string> {
  const hash = createHash('sha256')
  const buffer = Buffer.alloc(Math.min(CHUNK_BYTES, Math.max(length, 1)))
  let done = 0
  while (done < length) {
    const { bytesRead } = await source.read(buffer, 0, Math.min(buffer.length, length - done), offset + done)
    if (bytesRead === 0) throw new Error('the file ended early')
    const chunk = buffer.subarray(0, bytesRead)
    hash.update(chunk)
    if (target) await target.write(chunk)
    done += bytesRead
    onChunk(bytesRead)
  }
  return hash.digest('hex')
}

export async function withFile<T>(path: string, flags: string, use: (file: FileHandle) => Promise<T>): Promise<T> {
  const file = await open(path, flags, 0o600)
  try {
    return await use(file)
  } finally {
    await file.close()
  }
}
