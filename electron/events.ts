/**
 * Messages main pushes to the renderer (not requests, so not in the contract).
 * Main and preload both import this one name, so they cannot drift apart.
 * It must never equal a contract channel: a push is not an answer.
 */
export const VAULT_LOCKED_EVENT = 'vault:locked'
