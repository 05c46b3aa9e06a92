import { use } from 'react'
import { isContractLoaded, loadContract } from '../api/contract-loader'

/**
 * Suspends until the contract's schemas are in, when `needed` (something saved is about to be
 * checked against them) and they are not yet. A fresh visit never waits here.
 */
export function useContractWhen(needed: boolean): void {
  if (needed && !isContractLoaded()) use(loadContract())
}
