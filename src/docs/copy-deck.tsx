/**
 * Every user-facing string, generated from copy/: one table for the shared strings and one for
 * the per-platform wording. Strings that take values show their placeholders.
 */
import { copy } from '../copy/en'
import { dashboardCopy } from '../copy/dashboard'
import { stepsCopy } from '../copy/steps'

interface Entry {
  key: string
  text: string
}

/** Flattens a copy module: strings as they are, functions called with named placeholders. */
export function entriesOf(node: unknown, prefix = ''): Entry[] {
  if (typeof node === 'string') return [{ key: prefix, text: node }]
  if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, (_, i) => `{${String(i + 1)}}`)
    const text: unknown = (node as (...values: string[]) => unknown)(...args)
    return typeof text === 'string' ? [{ key: `${prefix}(…)`, text }] : []
  }
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) =>
      entriesOf(value, prefix ? `${prefix}.${key}` : key),
    )
  }
  return []
}

function Table({ caption, entries }: { caption: string; entries: Entry[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Text</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.key}>
            <td>
              <code>{entry.key}</code>
            </td>
            <td>{entry.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function CopyDeck() {
  const platforms = Object.entries(copy.platform)
  return (
    <>
      <table>
        <caption>Per platform</caption>
        <thead>
          <tr>
            <th scope="col">Platform key</th>
            <th scope="col">Name</th>
            <th scope="col">Benefit</th>
            <th scope="col">While the OS prompt is open</th>
          </tr>
        </thead>
        <tbody>
          {platforms.map(([key, text]) => (
            <tr key={key}>
              <td>
                <code>{key}</code>
              </td>
              <td>{text.name}</td>
              <td>{text.benefit}</td>
              <td>{text.waiting}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Table caption="Sign-in" entries={entriesOf({ ...copy, platform: undefined })} />
      <Table caption="Later steps" entries={entriesOf(stepsCopy)} />
      <Table caption="Dashboard" entries={entriesOf(dashboardCopy)} />
    </>
  )
}
