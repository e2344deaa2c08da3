import { contextBridge, ipcRenderer } from 'electron'
import { channels } from '../../shared/contract/index'
contextBridge.exposeInMainWorld('omt', Object.fromEntries(channels.map((c) => [c, (input: unknown) => ipcRenderer.invoke(c, input)])))
