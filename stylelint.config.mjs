/**
 * CSS that reads right to left as well as left to right: sides are logical (`inline-start`,
 * `inline-end`), never `left` or `right`, so Arabic mirrors the layout with no CSS of its own.
 * Only these rules: Prettier owns the formatting.
 */
const physicalSide = '(left|right)'

export default {
  rules: {
    'property-disallowed-list': [
      [
        new RegExp(`^(margin|padding|border|scroll-margin|scroll-padding)-${physicalSide}`),
        new RegExp(`^border-(top|bottom)-${physicalSide}-radius$`),
        new RegExp(`^${physicalSide}$`),
      ],
      {
        message: (property) =>
          `"${property}" is a physical side: use its logical property (inset-inline-start, margin-inline-end, ...)`,
      },
    ],
    'declaration-property-value-disallowed-list': [
      {
        '/^(text-align|float|clear|caption-side)$/': [/^(left|right)$/],
        '/^(margin|padding|inset|border-width|border-style|border-color|border-radius)$/': [
          /^\S+\s+\S+\s+\S+\s+\S+$/,
        ],
      },
      {
        message: (property, value) =>
          `"${property}: ${value}" names physical sides: use start and end (or the -inline / -block properties)`,
      },
    ],
  },
}
