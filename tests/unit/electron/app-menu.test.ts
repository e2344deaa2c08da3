import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { appMenuTemplate, installAppMenu } from '../../../electron/main/menu/app-menu'
import { Menu, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])

const menu = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((item) => item.label === label)?.submenu as MenuItemConstructorOptions[]

describe('the application menu', () => {
  beforeEach(resetFakeElectron)

  it('is Dutch: Bestand with Afsluiten, Bewerken with the edit roles, Beeld with the zoom roles', () => {
    const template = appMenuTemplate(true, 'win32')
    expect(template.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld'])
    expect(menu(template, 'Bestand')).toEqual([{ role: 'quit', label: 'Afsluiten' }])
    expect(roles(menu(template, 'Bewerken'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    expect(roles(menu(template, 'Beeld'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut'])
  })

  it('offers reload and the developer tools only when unpackaged', () => {
    expect(roles(appMenuTemplate(true, 'linux'))).not.toContain('toggleDevTools')
    expect(roles(appMenuTemplate(true, 'linux'))).not.toContain('reload')
    expect(roles(appMenuTemplate(false, 'linux'))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
  })

  it('adds the macOS application menu on macOS only', () => {
    expect(appMenuTemplate(true, 'darwin')[0]?.label).toBe('Tafelwerk')
    expect(roles(appMenuTemplate(true, 'darwin'))).not.toContain('toggleDevTools')
  })

  it('installs the built menu as the application menu', () => {
    installAppMenu(true)
    expect(Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith(Menu.buildFromTemplate.mock.results[0]?.value)
  })
})
