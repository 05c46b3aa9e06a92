/** How an API call ended, for assertions: the contract error code, the whole failure, or 'ok'. */
import { expect } from 'vitest'
import { isApiError } from '../../src/api/http'

/** Resolves to the contract error code the call failed with (fails the test if it succeeded). */
export async function errorCode(call: Promise<unknown>): Promise<string> {
  try {
    await call
  } catch (error) {
    if (isApiError(error)) return error.code ?? error.failure.kind
    throw error
  }
  expect.unreachable('the call succeeded')
  return 'unreachable'
}

/** The whole failure a call ended with (fails the test if it succeeded). */
export async function failureOf(call: Promise<unknown>) {
  try {
    await call
  } catch (error) {
    if (isApiError(error)) return error.failure
    throw error
  }
  expect.unreachable('the call succeeded')
  return undefined
}

/** 'ok' when the call succeeded, else the contract error code it failed with. */
export function outcomeOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'ok',
    (error: unknown) => {
      if (isApiError(error)) return error.code ?? error.failure.kind
      throw error
    },
  )
}
