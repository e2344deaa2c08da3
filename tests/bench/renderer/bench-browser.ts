import type { Browser } from 'playwright-core'
import { launchChromium } from '../../e2e/harness/chromium'

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(...)`, and the
 * functions handed to the page (the harness's bridge, the bench's probes) take
 * that call along; vitest's transform does not. So every context of this
 * browser defines a `__name` that leaves a function as it is, before any other
 * script of the page runs.
 */
export async function launchBenchBrowser(): Promise<Browser> {
  const browser = await launchChromium()
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property === 'newContext')
        return async (...options: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...options)
          await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
          return context
        }
      const value: unknown = Reflect.get(target, property, receiver)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })
}
