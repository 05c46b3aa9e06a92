import styles from './passkey-icon.module.css'

interface PasskeyIconProps {
  /** Rendered width and height in px. */
  size?: number
  className?: string
}

/**
 * A person with a key beside them, drawn in the spirit of the FIDO Alliance's passkey mark (an
 * original drawing, not the trademarked artwork). Decorative: the text next to it says it all.
 */
export function PasskeyIcon({ size = 48, className }: PasskeyIconProps) {
  return (
    <svg
      className={[styles.icon, className].filter(Boolean).join(' ')}
      width={size}
      height={size}
      viewBox="0 0 48 48"
      fill="none"
      aria-hidden="true"
      focusable="false"
    >
      {/* the person: head and shoulders */}
      <circle cx="18" cy="14" r="8" fill="currentColor" />
      <path d="M3 40c0-8.3 6.7-15 15-15 3.5 0 6.8 1.2 9.3 3.3V40H3z" fill="currentColor" />
      {/* the key: a ring at the top, a shaft with two teeth below */}
      <circle cx="37" cy="21" r="6" stroke="currentColor" strokeWidth="3.5" />
      <circle cx="37" cy="19.5" r="1.6" fill="currentColor" />
      <path
        d="M37 27v16M37 35.5h4.5M37 40.5h3.5"
        stroke="currentColor"
        strokeWidth="3.5"
        strokeLinecap="round"
      />
    </svg>
  )
}
