import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './create-bridge'

// Sandboxed and context-isolated: this is the renderer's only door to main.
contextBridge.exposeInMainWorld('omt', createBridge(ipcRenderer))
