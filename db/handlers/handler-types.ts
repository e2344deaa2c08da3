import type { z } from 'zod'
import type { Channel, Contract, ElectronOnlyChannel, Output } from '../../shared/contract/index'

/** A handler receives its parsed input and answers the channel's output. */
export type Handler<C extends Channel> = (input: z.output<Contract[C]['input']>) => Promise<Output<C>>

export type HandlersFor<C extends Channel> = { [K in C]: Handler<K> }
/** What the vault answers by itself; Electron-only channels (save dialog, print window) are added by main. */
export type Handlers = HandlersFor<Exclude<Channel, ElectronOnlyChannel>>
export type ElectronHandlers = HandlersFor<ElectronOnlyChannel>
