/**
 * The login machine's states and transitions, read from the machine itself (XState's directed
 * graph), so this page can never drift from the code.
 */
import type { AnyStateMachine } from 'xstate'
import { toDirectedGraph } from 'xstate/graph'

interface Row {
  state: string
  event: string
  target: string
}

type Graph = ReturnType<typeof toDirectedGraph>

/** Every transition of the machine, with readable state paths ("passkeyLogin.ready"). */
export function transitionsOf(machine: AnyStateMachine): Row[] {
  const rows: Row[] = []
  const path = (id: string) => id.split('.').slice(1).join('.') || id
  const walk = (node: Graph) => {
    for (const edge of node.edges) {
      rows.push({
        state: path(edge.source.id),
        event: edge.label.text.replace(/^xstate\.(done|error)\.actor\..*/, 'when $1'),
        target: path(edge.target.id),
      })
    }
    for (const child of node.children) walk(child)
  }
  walk(toDirectedGraph(machine))
  return rows
}

export function FlowChart({ machine }: { machine: AnyStateMachine }) {
  const rows = transitionsOf(machine)
  return (
    <table>
      <caption>
        {new Set(rows.map((r) => r.state)).size} states, {rows.length} transitions on events and
        results (the automatic routing steps between them are not listed)
      </caption>
      <thead>
        <tr>
          <th scope="col">In state</th>
          <th scope="col">On</th>
          <th scope="col">Goes to</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <td>
              <code>{row.state}</code>
            </td>
            <td>
              <code>{row.event}</code>
            </td>
            <td>
              <code>{row.target}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
