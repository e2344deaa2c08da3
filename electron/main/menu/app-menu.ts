import { Menu, type MenuItemConstructorOptions } from 'electron'

/**
 * A Dutch menu with only what works. Roles give the standard shortcuts
 * (Ctrl/Cmd+C, Ctrl/Cmd+plus, …) and the OS behaviour for free. Reload and the
 * developer tools exist only in an unpackaged build: in the field they would
 * let anyone at the keyboard inspect the data shown on screen.
 */
export function appMenuTemplate(isPackaged: boolean, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const macApp: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [
          {
            label: 'Tafelwerk',
            submenu: [
              { role: 'about', label: 'Over Tafelwerk' },
              separator,
              { role: 'hide', label: 'Tafelwerk verbergen' },
              { role: 'hideOthers', label: 'Andere verbergen' },
              { role: 'unhide', label: 'Alles tonen' },
            ],
          },
        ]
      : []
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        separator,
        { role: 'reload', label: 'Opnieuw laden' },
        { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' },
      ]

  return [
    ...macApp,
    { label: 'Bestand', submenu: [{ role: 'quit', label: 'Afsluiten' }] },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        separator,
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'resetZoom', label: 'Werkelijke grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        ...developer,
      ],
    },
  ]
}

export function installAppMenu(isPackaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(isPackaged, process.platform)))
}
