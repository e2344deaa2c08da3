import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  SECRET_CLIPBOARD_SECONDS,
  SecretClipboard,
  type SecretClipboardTarget,
} from '../../../electron/main/clipboard/secret-clipboard'

/** The system clipboard: the text on it, and a write that can be held to play a slow clipboard. */
function fakeTarget() {
  const target = {
    text: '',
    writeSecret: vi.fn((text: string): Promise<void> => {
      target.text = text
      return Promise.resolve()
    }),
    readText: vi.fn((): Promise<string> => Promise.resolve(target.text)),
    clear: vi.fn((): void => {
      target.text = ''
    }),
  }
  return target satisfies SecretClipboardTarget
}

const KEY = 'K7QD-9M2X-ABCD-EFGH-2345-6789-JKLM-NPQR'
const seconds = (count: number) => vi.advanceTimersByTimeAsync(count * 1000)

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('SecretClipboard', () => {
  it('empties the clipboard 30 seconds after the copy, not before, if it still holds the key', async () => {
    const target = fakeTarget()
    const secret = new SecretClipboard(target)
    await secret.copy(KEY)
    expect(target.text).toBe(KEY)
    expect(secret.pending).toBe(true)
    await vi.advanceTimersByTimeAsync(SECRET_CLIPBOARD_SECONDS * 1000 - 1)
    expect(target.clear).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(target.clear).toHaveBeenCalledOnce()
    expect(target.text).toBe('')
    expect(secret.pending).toBe(false)
  })

  it('leaves what the user copied since alone', async () => {
    const target = fakeTarget()
    const secret = new SecretClipboard(target)
    await secret.copy(KEY)
    target.text = 'Agenda OMT D, 12 maart'
    await seconds(30)
    expect(target.readText).toHaveBeenCalledOnce()
    expect(target.clear).not.toHaveBeenCalled()
    expect(target.text).toBe('Agenda OMT D, 12 maart')
    expect(secret.pending).toBe(false)
  })

  it('empties at once on lock, and its timer then touches nothing', async () => {
    const target = fakeTarget()
    const secret = new SecretClipboard(target)
    await secret.copy(KEY)
    await seconds(5)
    await secret.clearIfOurs()
    expect(target.clear).toHaveBeenCalledOnce()
    target.text = 'iets anders'
    await seconds(60)
    expect(target.clear).toHaveBeenCalledOnce()
    expect(target.readText).toHaveBeenCalledOnce()
  })

  it('counts 30 seconds from the latest copy, and clears only that key', async () => {
    const target = fakeTarget()
    const secret = new SecretClipboard(target)
    await secret.copy(KEY)
    await seconds(20)
    const dataKey = 'a'.repeat(64)
    await secret.copy(dataKey)
    await seconds(20)
    expect(target.text).toBe(dataKey)
    await seconds(10)
    expect(target.text).toBe('')
    expect(target.clear).toHaveBeenCalledOnce()
  })

  it('clears a key that was still being written when the vault locked', async () => {
    const target = fakeTarget()
    let finishWrite = (): void => undefined
    target.writeSecret.mockImplementationOnce((text) => {
      return new Promise<void>((resolve) => {
        finishWrite = () => {
          target.text = text
          resolve()
        }
      })
    })
    const secret = new SecretClipboard(target)
    const copying = secret.copy(KEY)
    const clearing = secret.clearIfOurs()
    await vi.advanceTimersByTimeAsync(0)
    expect(target.readText).not.toHaveBeenCalled()
    finishWrite()
    await copying
    await clearing
    expect(target.text).toBe('')
    expect(secret.pending).toBe(false)
  })

  it('answers a failed write with a rejection, and still clears should part of it have landed', async () => {
    const target = fakeTarget()
    target.writeSecret.mockImplementationOnce((text) => {
      target.text = text
      return Promise.reject(new Error('clipboard busy'))
    })
    const secret = new SecretClipboard(target)
    await expect(secret.copy(KEY)).rejects.toThrow('clipboard busy')
    await seconds(30)
    expect(target.text).toBe('')
  })

  it('logs only the name of a failing read, and keeps working', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const target = fakeTarget()
    target.readText.mockRejectedValueOnce(new Error(`could not read ${KEY}`))
    const secret = new SecretClipboard(target)
    await secret.copy(KEY)
    await expect(secret.clearIfOurs()).resolves.toBeUndefined()
    expect(error).toHaveBeenCalledExactlyOnceWith(expect.any(String), { errorName: 'Error' })
    expect(JSON.stringify(error.mock.calls)).not.toContain(KEY)
    await secret.copy(KEY)
    await secret.clearIfOurs()
    expect(target.text).toBe('')
  })
})
