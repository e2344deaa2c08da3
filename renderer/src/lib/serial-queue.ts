/**
 * Runs tasks one after another, each once the one before has settled, so each
 * sees the state the previous one left. A failed task rejects its own promise
 * but does not stop the tasks queued behind it.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const done = tail.then(task)
    tail = done.catch(() => undefined)
    return done
  }
}
