import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react'
import { PASSKEY_NAME_MAX, passkeyNameSchema, type Passkey, type User } from '../../api/contract'
import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import dialog from '../../components/dialog.module.css'
import { Field } from '../../components/field'
import { MessageSlot } from '../../components/message-slot'
import { useLocale } from '../../components/locale'
import { useReturnFocus } from '../../components/return-focus'
import { useDashboardCopy } from '../../components/dashboard-copy'
import styles from './dashboard-screen.module.css'

/** A passkey as the dashboard shows it: the API's fields plus the provider's display name. */
export interface DashboardPasskey extends Passkey {
  /** "iCloud Keychain", "YubiKey 5 Series", ...; null when the authenticator is unknown. */
  providerName: string | null
}

export type PasskeyListState = 'loading' | 'ready' | 'error'

export interface DashboardScreenProps {
  user: Pick<User, 'displayName' | 'identifier'>
  passkeys: readonly DashboardPasskey[]
  listState: PasskeyListState
  /** Why the list could not load (shown with `listState: 'error'`). */
  listError?: string | undefined
  /** Credential ids known to live on this device: they get a "This device" badge. */
  thisDeviceIds?: readonly string[]
  /** Passkeys with a rename or delete under way: their actions are disabled. */
  busyIds?: readonly string[]
  /** A failed rename or delete, by passkey id, shown in that passkey's row. */
  errors?: Readonly<Partial<Record<string, string>>>
  signingOut?: boolean
  /**
   * The "Add a passkey" step while it is open (the append flow renders there); `undefined` while
   * closed. `null` means open but not ready yet.
   */
  addPasskeySlot?: ReactNode
  /** Why the last "Add a passkey" did not go ahead (e.g. confirming it was you was cancelled). */
  addError?: string | undefined
  /** This browser cannot create a passkey: it says so where "Add a passkey" would be. */
  cannotAdd?: boolean
  /** Why "Sign out everywhere" did not go ahead (e.g. confirming it was you was cancelled). */
  signOutEverywhereError?: string | undefined
  /** "Confirm it's you" while a change waits for it (the step-up flow renders a dialog there). */
  stepUpSlot?: ReactNode
  /**
   * Called with a valid, trimmed new name. Return a promise to keep the form (and what was
   * typed) until it settles: resolved closes the form, rejected keeps it for another try.
   */
  onRename: (id: string, name: string) => Promise<unknown> | undefined
  /** Called once the user confirmed the deletion. */
  onDelete: (id: string) => void
  onAddPasskey: () => void
  onSignOut: () => void
  /** Ends every session of the account, on every device, this one included. */
  onSignOutEverywhere: () => void
  /** Load the list again after an error. */
  onRetry: () => void
}

/** A date as the active locale writes it ("Apr 2, 2025", "02.04.2025"). */
function DateText({ iso, label }: { iso: string; label: (values: { date: string }) => string }) {
  const date = new Intl.DateTimeFormat(useLocale(), { dateStyle: 'medium' }).format(new Date(iso))
  return <time dateTime={iso}>{label({ date })}</time>
}

const DAY_MS = 86_400_000
const relativeUnits = [
  ['year', 365],
  ['month', 30],
  ['week', 7],
  ['day', 1],
] as const

/** How long ago, in the locale's words and its largest whole unit ("3 days ago", "vor 2 Wochen"). */
function AgoText({ iso, label }: { iso: string; label: (values: { when: string }) => string }) {
  const [now] = useState(Date.now) // when the list was drawn: "3 days ago" holds while it shows
  const days = Math.round((Date.parse(iso) - now) / DAY_MS)
  const [unit, size] = relativeUnits.find(([, length]) => Math.abs(days) >= length) ?? ['day', 1]
  const when = new Intl.RelativeTimeFormat(useLocale(), { numeric: 'auto' }).format(
    Math.round(days / size),
    unit,
  )
  return <time dateTime={iso}>{label({ when })}</time>
}

/** J9: the signed-in user's account and passkeys. Pure: props in, callbacks out. */
export function DashboardScreen({
  user,
  passkeys,
  listState,
  listError,
  thisDeviceIds = [],
  busyIds = [],
  errors = {},
  signingOut = false,
  addPasskeySlot,
  addError,
  cannotAdd = false,
  signOutEverywhereError,
  stepUpSlot,
  onRename,
  onDelete,
  onAddPasskey,
  onSignOut,
  onSignOutEverywhere,
  onRetry,
}: DashboardScreenProps) {
  const copy = useDashboardCopy()
  const idPrefix = useId()
  const headingId = `${idPrefix}-passkeys`
  const addButtonId = `${idPrefix}-add`
  const itemIdBase = (id: string) => `${idPrefix}-passkey-${id}`

  const [confirmingId, setConfirmingId] = useState<string | null>(null)
  const confirming = passkeys.find((p) => p.id === confirmingId)
  // Where focus goes once the delete dialog has closed (and the page is no longer inert).
  const focusAfterDialog = useRef<string | null>(null)
  useEffect(() => {
    if (confirmingId !== null || focusAfterDialog.current === null) return
    document.getElementById(focusAfterDialog.current)?.focus()
    focusAfterDialog.current = null
  }, [confirmingId])

  // When the "Add a passkey" step closes, its content (and focus with it) disappears: bring focus
  // back to the button that opened it rather than losing it to the page.
  const adding = addPasskeySlot !== undefined
  const wasAdding = useRef(adding)
  useEffect(() => {
    if (wasAdding.current && !adding) {
      const active = document.activeElement
      if (!active || active === document.body) document.getElementById(addButtonId)?.focus()
    }
    wasAdding.current = adding
  }, [adding, addButtonId])

  // "Confirm it's you" closed: back to what asked for it ("Sign out everywhere", the list).
  useReturnFocus(stepUpSlot !== undefined)

  const thisDevice = new Set(thisDeviceIds)
  const busy = new Set(busyIds)

  return (
    <Card heading={copy.heading}>
      <div className={styles.account}>
        <p className={styles.welcome}>{copy.welcome({ displayName: user.displayName })}</p>
        <p className={styles.muted}>{copy.signedInAs({ identifier: user.identifier })}</p>
      </div>

      <section className={styles.passkeys} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.sectionHeading} tabIndex={-1}>
          {copy.passkeys.heading}
        </h2>
        <p className={styles.muted}>{copy.passkeys.intro}</p>

        {listState === 'loading' && (
          <p role="status" className={styles.muted}>
            {copy.passkeys.loading}
          </p>
        )}

        {listState === 'error' && (
          <Alert tone="error">
            <div className={styles.listError}>
              <p>
                {copy.passkeys.loadFailed} {listError}
              </p>
              <Button variant="secondary" onClick={onRetry}>
                {copy.passkeys.retry}
              </Button>
            </div>
          </Alert>
        )}

        {listState === 'ready' && passkeys.length === 0 && (
          <p className={styles.empty}>{copy.passkeys.empty}</p>
        )}

        {listState === 'ready' && passkeys.length > 0 && (
          <ul className={styles.list}>
            {passkeys.map((passkey) => (
              <PasskeyItem
                key={passkey.id}
                idBase={itemIdBase(passkey.id)}
                passkey={passkey}
                thisDevice={thisDevice.has(passkey.id)}
                busy={busy.has(passkey.id)}
                error={errors[passkey.id]}
                onRename={onRename}
                onAskDelete={() => {
                  setConfirmingId(passkey.id)
                }}
              />
            ))}
          </ul>
        )}

        <div className={styles.add}>
          {cannotAdd ? (
            <p className={styles.muted}>{copy.add.unavailable}</p>
          ) : adding ? (
            (addPasskeySlot ?? (
              <p role="status" className={styles.muted}>
                {copy.add.preparing}
              </p>
            ))
          ) : (
            <>
              <Button id={addButtonId} onClick={onAddPasskey}>
                {copy.add.open}
              </Button>
              <MessageSlot reserve={false}>
                {addError && <Alert tone="info">{addError}</Alert>}
              </MessageSlot>
            </>
          )}
        </div>
      </section>

      {/* aria-disabled, not disabled: the button just pressed keeps focus, for the way back. */}
      <Button variant="secondary" onClick={onSignOut} busy={signingOut}>
        {signingOut ? copy.signingOut : copy.signOut}
      </Button>
      <Button variant="link" onClick={onSignOutEverywhere} aria-disabled={signingOut}>
        {copy.signOutEverywhere}
      </Button>
      <MessageSlot reserve={false}>
        {signOutEverywhereError && <Alert tone="info">{signOutEverywhereError}</Alert>}
      </MessageSlot>
      {stepUpSlot}

      {confirming && (
        <DeleteDialog
          name={confirming.name}
          onConfirm={() => {
            // The row is going away: land on the list's heading instead.
            focusAfterDialog.current = headingId
            setConfirmingId(null)
            onDelete(confirming.id)
          }}
          onCancel={() => {
            focusAfterDialog.current = `${itemIdBase(confirming.id)}-delete`
            setConfirmingId(null)
          }}
        />
      )}
    </Card>
  )
}

interface PasskeyItemProps {
  /** Prefix for this row's element ids (the screen focuses its Delete button by id). */
  idBase: string
  passkey: DashboardPasskey
  thisDevice: boolean
  busy: boolean
  error: string | undefined
  onRename: DashboardScreenProps['onRename']
  onAskDelete: () => void
}

function PasskeyItem({
  idBase,
  passkey,
  thisDevice,
  busy,
  error,
  onRename,
  onAskDelete,
}: PasskeyItemProps) {
  const copy = useDashboardCopy()
  const nameId = `${idBase}-name`
  const renameId = `${idBase}-rename`
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(passkey.name)
  const [fieldError, setFieldError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const nameField = useRef<HTMLInputElement>(null)

  // Leaving the form removes the focused field: hand focus back to the Rename button.
  const returnFocus = useRef(false)
  useEffect(() => {
    if (editing || !returnFocus.current) return
    returnFocus.current = false
    document.getElementById(renameId)?.focus()
  }, [editing, renameId])

  function startEditing() {
    setDraft(passkey.name)
    setFieldError(undefined)
    setEditing(true)
  }

  function stopEditing() {
    returnFocus.current = true
    setFieldError(undefined)
    setEditing(false)
  }

  async function save(event: SyntheticEvent) {
    event.preventDefault()
    if (saving) return
    const parsed = passkeyNameSchema.safeParse(draft)
    if (!parsed.success) {
      const tooLong = parsed.error.issues[0]?.code === 'too_big'
      setFieldError(tooLong ? copy.rename.tooLong({ max: PASSKEY_NAME_MAX }) : copy.rename.empty)
      nameField.current?.focus()
      return
    }
    setFieldError(undefined)
    if (parsed.data === passkey.name) {
      stopEditing()
      return
    }
    setSaving(true)
    try {
      await onRename(passkey.id, parsed.data)
      stopEditing()
    } catch {
      // The caller shows why in this row (`errors`); the typed name stays for another try.
    } finally {
      setSaving(false)
    }
  }

  const pending = busy || saving

  return (
    <li className={styles.item} aria-busy={pending || undefined}>
      <div className={styles.itemHeader}>
        <h3 id={nameId} className={styles.name}>
          {passkey.name}
        </h3>
        {thisDevice && <span className={styles.badge}>{copy.passkeys.thisDevice}</span>}
      </div>

      {editing ? (
        <form
          className={styles.renameForm}
          noValidate
          onSubmit={(event) => {
            void save(event)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !saving) {
              event.preventDefault()
              stopEditing()
            }
          }}
        >
          <Field
            ref={nameField}
            label={copy.rename.label}
            name="passkey-name"
            autoComplete="off"
            // The user just asked to rename: the field is where they want to be.
            autoFocus
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value)
            }}
            error={fieldError}
            required
          />
          <div className={styles.actions}>
            <Button type="submit" disabled={pending} aria-busy={saving}>
              {saving ? copy.rename.saving : copy.rename.save}
            </Button>
            <Button variant="secondary" onClick={stopEditing} disabled={saving}>
              {copy.rename.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p className={styles.meta}>
            {passkey.providerName && (
              <span className={styles.provider}>{passkey.providerName}</span>
            )}
            <DateText iso={passkey.createdAt} label={copy.passkeys.created} />
            {passkey.lastUsedAt === null ? (
              <span>{copy.passkeys.neverUsed}</span>
            ) : (
              <AgoText iso={passkey.lastUsedAt} label={copy.passkeys.lastUsed} />
            )}
          </p>
          <div className={styles.actions}>
            <Button
              id={renameId}
              variant="secondary"
              aria-describedby={nameId}
              disabled={pending}
              onClick={startEditing}
            >
              {copy.rename.open}
            </Button>
            <Button
              id={`${idBase}-delete`}
              variant="secondary"
              className={styles.danger}
              aria-describedby={nameId}
              disabled={pending}
              onClick={onAskDelete}
            >
              {copy.remove.open}
            </Button>
          </div>
          {pending && (
            <p role="status" className={styles.muted}>
              {copy.passkeys.updating}
            </p>
          )}
        </>
      )}

      {error && <Alert tone="error">{error}</Alert>}
    </li>
  )
}

interface DeleteDialogProps {
  name: string
  onConfirm: () => void
  onCancel: () => void
}

/** A modal confirmation: the native `<dialog>` where `showModal` exists, a plain open one else. */
function DeleteDialog({ name, onConfirm, onCancel }: DeleteDialogProps) {
  const copy = useDashboardCopy()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const idPrefix = useId()
  const headingId = `${idPrefix}-heading`
  const bodyId = `${idPrefix}-body`
  const cancelId = `${idPrefix}-cancel`

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    // showModal makes the rest of the page inert and traps focus. jsdom lacks it.
    if ('showModal' in dialog && typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal()
    } else {
      dialog.setAttribute('open', '')
    }
    // The safe choice first: a stray Enter must not delete.
    document.getElementById(cancelId)?.focus()
    return () => {
      if ('close' in dialog && typeof dialog.close === 'function' && dialog.open) dialog.close()
    }
  }, [cancelId])

  return (
    <dialog
      ref={dialogRef}
      className={dialog.dialog}
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: let React state close it, so focus returns where it should.
        event.preventDefault()
        onCancel()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onCancel()
        }
      }}
    >
      <h2 id={headingId} className={[dialog.heading, styles.dialogHeading].join(' ')}>
        {copy.remove.heading}
      </h2>
      <p id={bodyId} className={styles.dialogBody}>
        {copy.remove.body({ name })}
      </p>
      <div className={styles.dialogActions}>
        <Button className={styles.dangerSolid} onClick={onConfirm}>
          {copy.remove.confirm}
        </Button>
        <Button id={cancelId} variant="secondary" onClick={onCancel}>
          {copy.remove.cancel}
        </Button>
      </div>
    </dialog>
  )
}
