import { configureAxe } from 'vitest-axe'

// jsdom has no layout or canvas, so axe cannot measure contrast here (it would only log
// "not implemented" and report the check as incomplete). The tokens are chosen for 4.5:1 and the
// e2e run sees real pixels.
const axe = configureAxe({ rules: { 'color-contrast': { enabled: false } } })

/** axe-core's violations for a rendered screen (an empty list is the pass). */
export async function axeViolations(container: Element) {
  return (await axe(container)).violations
}
