import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'

/**
 * Small tmpfs mounts for the full-disk tests. No skip: without the mount (it
 * needs root, as in CI) the test fails, so a full disk is never silently
 * left untested. `unmountAll` in an afterAll leaves nothing mounted.
 */
export class TinyDisks {
  private readonly mounted = new Set<string>()

  mount(folder: string, size: string): void {
    mkdirSync(folder, { recursive: true })
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder])
    this.mounted.add(folder)
  }

  unmount(folder: string): void {
    execFileSync('umount', [folder])
    this.mounted.delete(folder)
  }

  unmountAll(): void {
    for (const folder of this.mounted) this.unmount(folder)
  }
}

/** Writes until the file system refuses: afterwards not one more block fits beside what is there. */
export function fillUp(path: string): void {
  const block = Buffer.alloc(4096, 0x5a)
  const fd = openSync(path, 'w')
  try {
    for (;;) writeSync(fd, block)
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error
  } finally {
    closeSync(fd)
  }
}
