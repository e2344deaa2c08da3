import { app } from 'electron'
import { Vault } from '../../db/vault/vault'
void app.whenReady().then(() => new Vault(app.getPath('userData')))
