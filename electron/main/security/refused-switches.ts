/**
 * Command-line switches a packaged Tafelwerk refuses to start with. Each one
 * lets another program on the machine look inside the running app (the
 * decrypted vault is in its memory and on its screen) or change how its
 * JavaScript runs: Chromium's DevTools protocol over a port or a pipe, Node's
 * inspector, V8 flags. The Electron fuses already switch off Node's
 * `--inspect` family; Chromium's switches have no fuse, so they are checked
 * here, and the inspector's again in case a fuse is ever lost.
 */
export const REFUSED_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-wait',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'debug-port',
  'js-flags',
] as const

export type RefusedSwitch = (typeof REFUSED_SWITCHES)[number]

/**
 * The first refused switch in `argv` or on Chromium's command line, or null.
 * Reads argv as Chromium does: `--name`, `-name`, and on Windows `/name`,
 * with or without `=value`, up to a lone `--`; names are compared without
 * case, as Windows does.
 */
export function refusedSwitch(
  argv: readonly string[],
  hasSwitch: (name: string) => boolean,
  platform: NodeJS.Platform = process.platform,
): RefusedSwitch | null {
  const prefix = platform === 'win32' ? /^(--|-|\/)/u : /^(--|-)/u
  for (const argument of argv.slice(1)) {
    if (argument === '--') break
    if (!prefix.test(argument)) continue
    const name = argument.replace(prefix, '').split('=')[0]?.toLowerCase() ?? ''
    const found = REFUSED_SWITCHES.find((refused) => refused === name)
    if (found) return found
  }
  return REFUSED_SWITCHES.find((name) => hasSwitch(name)) ?? null
}
