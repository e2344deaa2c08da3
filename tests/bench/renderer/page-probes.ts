/**
 * Code that runs in the page (handed to addInitScript or page.evaluate), so it
 * must not use anything from this module's scope. Times are the page's own
 * `performance.now()`, milliseconds since its navigation started.
 */

export interface StartupProbe {
  /** The paint after the first loaded case rows were in the DOM. */
  rowsPaintedMs: number | null
  /** Highest row index in the DOM at that moment (the first screen plus overscan). */
  firstMaxIndex: number
  /** When the browser took the wheel event the bench sent right after the rows were seen. */
  inputMs: number | null
  /** The paint after the virtualised list rendered rows beyond the first screen, in answer to that wheel. */
  respondedMs: number | null
}

/** Init script: watches the case list appear and answer its first input. */
export function installStartupProbe(): void {
  const probe: StartupProbe = { rowsPaintedMs: null, firstMaxIndex: -1, inputMs: null, respondedMs: null }
  ;(window as unknown as { __startupProbe: StartupProbe }).__startupProbe = probe
  // A rAF callback runs before the frame's paint; a message posted from it runs after that paint.
  const afterPaint = (then: (ms: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => then(performance.now())
      channel.port2.postMessage(null)
    })
  const maxIndex = (selector: string) => {
    let max = -1
    for (const row of document.querySelectorAll<HTMLElement>(selector)) max = Math.max(max, Number(row.dataset.index))
    return max
  }
  let seen = false
  let answered = false
  const observer = new MutationObserver(() => {
    if (!seen) {
      const max = maxIndex('tr.case-grid__row[data-index]:not(.is-loading)')
      if (max < 0) return
      seen = true
      probe.firstMaxIndex = maxIndex('tr.case-grid__row[data-index]')
      afterPaint((ms) => (probe.rowsPaintedMs = ms))
    } else if (!answered && probe.inputMs !== null && maxIndex('tr.case-grid__row[data-index]') > probe.firstMaxIndex) {
      answered = true
      observer.disconnect()
      afterPaint((ms) => (probe.respondedMs = ms))
    }
  })
  observer.observe(document, { childList: true, subtree: true })
  addEventListener(
    'wheel',
    (event) => {
      probe.inputMs ??= event.timeStamp
    },
    { capture: true, passive: true },
  )
}

export interface ScrollRun {
  /** Time between consecutive animation frames while scrolling. */
  frames: number[]
  longTasks: number[]
  /** From the first scroll step to the end of the list with every row loaded. */
  durationMs: number
  /** From reaching the bottom until no row showed "Laden…" any more. */
  settleMs: number
  maxRowsInDom: number
  scrolledPx: number
  lastRowIndex: number
}

/** Scrolls the case list from top to bottom by `stepPx` a frame, watching frames and long tasks. */
export async function scrollWholeList(stepPx: number): Promise<ScrollRun> {
  const scroller = document.querySelector<HTMLElement>('.case-grid__scroll')
  if (!scroller) throw new Error('no case list on the page')
  const longTasks: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration)
  })
  observer.observe({ type: 'longtask' })
  const frames: number[] = []
  let maxRowsInDom = 0
  const rowCount = () => scroller.querySelectorAll('tr.case-grid__row').length
  const start = performance.now()
  let last = start
  await new Promise<void>((resolve) => {
    const tick = (now: number) => {
      frames.push(now - last)
      last = now
      maxRowsInDom = Math.max(maxRowsInDom, rowCount())
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) resolve()
      else {
        scroller.scrollTop += stepPx
        requestAnimationFrame(tick)
      }
    }
    requestAnimationFrame((now) => {
      last = now
      scroller.scrollTop += stepPx
      requestAnimationFrame(tick)
    })
  })
  const bottom = performance.now()
  // The last pages arrive after the scroll stopped; the frames until they are painted count too.
  await new Promise<void>((resolve) => {
    const tick = (now: number) => {
      frames.push(now - last)
      last = now
      if (scroller.querySelector('tr.case-grid__row.is-loading') === null) resolve()
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const end = performance.now()
  // A long task ending in the last frame is reported a moment later.
  await new Promise((resolve) => setTimeout(resolve, 200))
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration)
  observer.disconnect()
  const rows = [...scroller.querySelectorAll<HTMLElement>('tr.case-grid__row[data-index]')]
  return {
    frames,
    longTasks,
    durationMs: end - start,
    settleMs: end - bottom,
    maxRowsInDom,
    scrolledPx: scroller.scrollTop,
    lastRowIndex: Math.max(...rows.map((row) => Number(row.dataset.index))),
  }
}

export interface KeystrokeProbe {
  /** The key event's timestamp: when the browser took the key. */
  keyMs: number | null
  /** When the page asked the vault for the results (once the debounce let it), and when the answer was back. */
  requestMs: number | null
  answerMs: number | null
  /** The paint after the field showed the typed character. */
  echoMs: number | null
  /** The paint after the results for the new text were in the DOM. */
  resultMs: number | null
}

/**
 * Arms a probe for the next key typed into `fieldSelector`. The result is
 * "painted" once `resultSelector`'s state, read by the kind's signal, has
 * gone through "waiting" and back to "answered" after that key:
 * - 'case-list': the grid's aria-busy is set while the vault answers the new filter;
 * - 'search': the combobox's status text is empty until the results for what is typed now are in.
 */
export function armKeystroke({ kind }: { kind: 'case-list' | 'search' }): void {
  const probe: KeystrokeProbe = { keyMs: null, requestMs: null, answerMs: null, echoMs: null, resultMs: null }
  type Dispatch = (channel: string, input: unknown) => Promise<unknown>
  const page = window as unknown as {
    __keystroke: KeystrokeProbe
    __keystrokeDone: Promise<KeystrokeProbe>
    __omtDispatch: Dispatch
    __omtDispatchTimed?: boolean
    __keystrokeChannel: string
  }
  page.__keystroke = probe
  page.__keystrokeChannel = kind === 'case-list' ? 'case:list' : 'search:query'
  // The bridge looks the binding up on every call (omt-bridge-script.ts), so a wrapper sees every request.
  if (!page.__omtDispatchTimed) {
    const dispatch = page.__omtDispatch
    page.__omtDispatch = async (channel, input) => {
      const current = page.__keystroke
      const mine = current.keyMs !== null && current.requestMs === null && channel === page.__keystrokeChannel
      const sent = performance.now()
      const answer = await dispatch(channel, input)
      if (mine) {
        current.requestMs ??= sent
        current.answerMs ??= performance.now()
      }
      return answer
    }
    page.__omtDispatchTimed = true
  }
  const afterPaint = (then: (ms: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => then(performance.now())
      channel.port2.postMessage(null)
    })
  const waiting = (): boolean => {
    if (kind === 'case-list') return document.querySelector('table.case-grid[aria-busy="true"]') !== null
    const status = document.querySelector('.search [role="status"]')
    return (status?.textContent ?? '') === ''
  }
  page.__keystrokeDone = new Promise<KeystrokeProbe>((resolve) => {
    let sawWaiting = false
    const observer = new MutationObserver(() => {
      if (probe.keyMs === null) return
      if (waiting()) sawWaiting = true
      else if (sawWaiting) {
        observer.disconnect()
        afterPaint((ms) => {
          probe.resultMs = ms
          resolve(probe)
        })
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true })
    addEventListener(
      'keydown',
      (event) => {
        probe.keyMs = event.timeStamp
        if (waiting()) sawWaiting = true
      },
      { capture: true, once: true },
    )
    addEventListener('input', () => afterPaint((ms) => (probe.echoMs = ms)), { capture: true, once: true })
  })
}

export function keystrokeDone(): Promise<KeystrokeProbe> {
  return (window as unknown as { __keystrokeDone: Promise<KeystrokeProbe> }).__keystrokeDone
}
