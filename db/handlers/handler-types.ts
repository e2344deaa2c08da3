import type { z } from 'zod'
import type { Channel, Contract, Output } from '../../shared/contract/index'

/** A handler receives its parsed input and answers the channel's output. */
export type Handler<C extends Channel> = (input: z.output<Contract[C]['input']>) => Promise<Output<C>>

export type HandlersFor<C extends Channel> = { [K in C]: Handler<K> }
export type Handlers = HandlersFor<Channel>
