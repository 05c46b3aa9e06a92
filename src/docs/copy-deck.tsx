/**
 * Every user-facing string in every locale, side by side, from the catalogs themselves
 * (`src/locales/*.json`): the per-platform wording first, then the sign-in, the later steps and
 * the dashboard. Messages show as translators write them, ICU placeholders and plurals included.
 */
import ar from '../locales/ar.json'
import de from '../locales/de.json'
import en from '../locales/en.json'

type Catalog = { [key: string]: string | Catalog }

const columns = [
  { locale: 'en', name: 'English', catalog: en },
  { locale: 'de', name: 'Deutsch', catalog: de },
  { locale: 'ar', name: 'العربية', catalog: ar },
] as const satisfies readonly { locale: string; name: string; catalog: Catalog }[]

/** Every message of a catalog by its dotted key, in the catalog's order. */
export function messagesOf(catalog: Catalog, prefix = ''): [key: string, message: string][] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [[path, value] as [string, string]] : messagesOf(value, path)
  })
}

function Table({ caption, part, only }: { caption: string; part: string; only?: string }) {
  const lookups = columns.map(({ catalog }) => new Map(messagesOf(catalog)))
  const keys = messagesOf(en)
    .map(([key]) => key)
    .filter((key) => key.startsWith(`${part}.`))
    .filter((key) => (only ? key.startsWith(only) : !/\.(platform|benefit)\./.test(key)))
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          {columns.map(({ locale, name }) => (
            <th scope="col" key={locale} lang={locale}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key}>
            <td>
              <code>{key.slice(part.length + 1)}</code>
            </td>
            {columns.map(({ locale }, i) => (
              <td key={locale} lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
                {lookups[i]?.get(key)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function CopyDeck() {
  return (
    <>
      <Table caption="Per platform" part="login" only="login.platform." />
      <Table caption="Per platform, in the offer" part="steps" only="steps.offer.benefit." />
      <Table caption="Sign-in" part="login" />
      <Table caption="Later steps" part="steps" />
      <Table caption="Dashboard" part="dashboard" />
    </>
  )
}
