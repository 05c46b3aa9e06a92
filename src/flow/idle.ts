/**
 * Runs `work` once the browser is idle (after the first screen is up), or soon where it has no
 * idle callback (Safari). Returns the cancel, for an effect's cleanup.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 })
    return () => {
      cancelIdleCallback(handle)
    }
  }
  const handle = setTimeout(work, 200)
  return () => {
    clearTimeout(handle)
  }
}
