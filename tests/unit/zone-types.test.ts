import { join, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

/**
 * Each zone's tsconfig.json gives the compiler that zone's runtime: a file of
 * the zone that reaches for another runtime's globals or modules does not
 * compile. The probes are compiled with the zone's options, as files lying in
 * the zone's folder; the ones that compile show that the check can pass.
 */
const root = resolve(import.meta.dirname, '../..')

const probes = {
  dom: 'export const title = document.title',
  nodeGlobals: 'export const home = process.env.HOME ?? Buffer.from("x").toString()',
  buffer: 'export const bytes = Buffer.alloc(1)',
  nodeModule: 'import { readFileSync } from "node:fs"\nexport const read = readFileSync',
  urlSearchParams: 'export const variant = new URLSearchParams("variant=x").get("variant")',
}
type Probe = keyof typeof probes

/** Library files parsed once for all zones. */
const parsedFiles = new Map<string, ts.SourceFile | undefined>()

/** The error messages per probe when compiled in the zone; [] when it compiles. */
function compileProbes(zone: string): Record<Probe, string[]> {
  const configPath = join(root, zone, 'tsconfig.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )
  if (!parsed) throw new Error(`${configPath} does not parse`)
  const paths = Object.fromEntries(
    Object.keys(probes).map((probe) => [join(root, zone, `__probe-${probe}__.ts`), probes[probe as Probe]]),
  )
  const host = ts.createCompilerHost(parsed.options)
  const getSourceFile = host.getSourceFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  const readFile = host.readFile.bind(host)
  host.getSourceFile = (fileName, language, ...rest) => {
    const source = paths[resolve(fileName)]
    if (source !== undefined) return ts.createSourceFile(fileName, source, language)
    const key = `${fileName}\0${JSON.stringify(language)}`
    if (!parsedFiles.has(key)) parsedFiles.set(key, getSourceFile(fileName, language, ...rest))
    return parsedFiles.get(key)
  }
  host.fileExists = (fileName) => resolve(fileName) in paths || fileExists(fileName)
  host.readFile = (fileName) => paths[resolve(fileName)] ?? readFile(fileName)
  // The zone's own declaration files (shared/web-platform.d.ts) are part of its runtime.
  const declarations = parsed.fileNames.filter((fileName) => fileName.endsWith('.d.ts'))
  const program = ts.createProgram({
    rootNames: [...Object.keys(paths), ...declarations],
    options: parsed.options,
    host,
  })
  return Object.fromEntries(
    Object.keys(paths).map((path, index) => {
      const file = program.getSourceFile(path)
      const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]
      return [
        Object.keys(probes)[index],
        diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
      ]
    }),
  ) as Record<Probe, string[]>
}

const zones = new Map<string, Record<Probe, string[]>>()
const errorsOf = (zone: string, probe: Probe) => {
  if (!zones.has(zone)) zones.set(zone, compileProbes(zone))
  return zones.get(zone)![probe]
}

describe('runtime types per zone', () => {
  test.each<[string, Probe, string]>([
    ['shared', 'dom', 'document'],
    ['shared', 'nodeGlobals', 'process'],
    ['shared', 'buffer', 'Buffer'],
    ['shared', 'nodeModule', 'node:fs'],
    ['db', 'dom', 'document'],
    ['electron', 'dom', 'document'],
    ['renderer', 'nodeGlobals', 'process'],
    ['renderer', 'buffer', 'Buffer'],
    ['renderer', 'nodeModule', 'node:fs'],
    ['tests/unit', 'dom', 'document'],
  ])('%s: %s does not compile (%s)', (zone, probe, name) => {
    expect(errorsOf(zone, probe).join('\n')).toContain(`'${name}'`)
  })

  test.each<[string, Probe]>([
    ['shared', 'urlSearchParams'],
    ['db', 'nodeGlobals'],
    ['db', 'nodeModule'],
    ['electron', 'nodeGlobals'],
    ['electron', 'nodeModule'],
    ['renderer', 'dom'],
    ['renderer', 'urlSearchParams'],
    ['tests/unit', 'nodeModule'],
    ['tests/unit/renderer', 'dom'],
    ['tests/unit/renderer', 'nodeGlobals'],
    ['tests', 'dom'],
    ['tests', 'nodeModule'],
  ])('%s: %s compiles', (zone, probe) => {
    expect(errorsOf(zone, probe)).toEqual([])
  })
})
