/**
 * The web-platform globals shared/ uses that Node and Chromium both provide,
 * declared here for shared/tsconfig.json alone (it has neither the DOM nor the
 * Node types). Only the members shared/ calls: a new one is added here first,
 * after checking that both runtimes have it.
 */
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>)
  get(name: string): string | null
  set(name: string, value: string): void
  toString(): string
}
