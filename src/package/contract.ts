/**
 * `passkey-login/contract`: the API contract's schemas (zod/mini) and endpoint table, for hosts
 * that validate on their side too or build a backend. Its own entry: the login's first screen
 * does not need it, so the core loads it later (`loadContract`).
 */
export * from '../api/contract'
