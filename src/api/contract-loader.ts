/**
 * The contract's schemas, loaded beside the first screen rather than before it: zod and the
 * schemas are a tenth of the sign-in page's weight, and nothing on the first screen needs them
 * until an answer comes back. The load starts as soon as a client is made (at boot), so by the
 * time the first answer arrives it has long finished; every check awaits it.
 *
 * Synchronous readers (a stored session or flow, read while rendering) call `loadedContract()`
 * after the app has waited for `loadContract()`; the React layer does that wait only when
 * something is stored.
 */
import { loadOnce } from '../load-once'
import type * as Contract from './contract'

/** The contract module: its schemas, endpoint table and limits. */
export type ContractModule = typeof Contract

const contract = loadOnce<ContractModule>(() => import('./contract'))

/** The contract module; the first call starts the download, every later one shares it. */
export const loadContract: () => Promise<ContractModule> = contract.load

/** The contract module, for synchronous checks made after `loadContract()` has settled. */
export function loadedContract(): ContractModule {
  if (!contract.current) {
    throw new Error('The API contract is not loaded yet: await loadContract() first')
  }
  return contract.current
}

/** True once the contract has loaded (a render that needs it can go ahead without waiting). */
export function isContractLoaded(): boolean {
  return contract.current !== undefined
}
