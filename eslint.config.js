// Flat ESLint config. Formatting belongs to Prettier (eslint-config-prettier comes last).
//
// Layering (enforced below: no-restricted-imports for packages, import/no-restricted-paths for
// files, @typescript-eslint/no-restricted-imports where only types may cross; paths from the
// repo root; each zone has a fixture in tests/lint/zones.test.ts):
//
//   src/api/contract.ts   imports only zod and contract-basics.ts (plain limits and rules, which
//                         import nothing); contract-loader.ts loads it later, and counts as it
//   src/webauthn, src/api, src/storage
//                         no React, XState or React Query; nothing above them (storage: nothing of ours)
//   src/copy              imports nothing at all
//   src/machines          no React, React Query, copy or anything above; api/ and webauthn/ code
//                         only from *.actors.ts (types anywhere)
//   src/queries           React Query over api/ only
//   src/screens, src/components
//                         no XState or React Query; nothing from api (except the contract), flow,
//                         app, queries, webauthn, storage, demo, docs; machines for types only
//   src/flow              the only place that wires machines to screens; imported only by src/package/react.ts
//   src/package           the package's entry points (core, contract, react; mocks/package.ts is msw)
//   src/app, src/demo, src/main.tsx
//                         the package's first users: only through its entry points ('passkey-login', ...)
//   src/demo, src/docs    demo: imported only by main.tsx and app (lazily); docs: by nothing
//   mocks/                nothing from src/ except src/api/contract.ts
//   src/ -> mocks/        only src/main.tsx (dynamic import in demo builds) and src/demo/**
//   tests/, .storybook/   may import from anywhere
import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import { defineConfig, globalIgnores } from 'eslint/config'
import prettier from 'eslint-config-prettier'
import importPlugin from 'eslint-plugin-import'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

const TS_FILES = ['**/*.{ts,tsx,mts,cts}']
const JS_FILES = ['**/*.{js,mjs,cjs}']

/** `pkg` and every subpath of it (`react` + `react/jsx-runtime`, `react-dom` + `react-dom/client`, ...). */
const withSubpaths = (...pkgs) => pkgs.flatMap((pkg) => [pkg, `${pkg}/*`])

const REACT = withSubpaths('react', 'react-dom', '@xstate/react')
const XSTATE = withSubpaths('xstate', '@xstate/react')
const REACT_QUERY = withSubpaths('@tanstack/react-query')

const unusedVars = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
}

/**
 * Which folders may import which, by file path. `from` is what the `target` may not import.
 * Everything under src/ is in some zone; tests/ and .storybook/ may import anything.
 */
const fileZones = [
  {
    target: ['src/webauthn', 'src/api', 'src/storage'],
    from: [
      'src/machines',
      'src/flow',
      'src/screens',
      'src/components',
      'src/app',
      'src/queries',
      'src/copy',
      'src/demo',
      'src/docs',
    ],
    message:
      'src/webauthn, src/api and src/storage are the bottom layer: no machines, flow, screens, components, app, queries, copy, demo or docs.',
  },
  {
    target: 'src/storage',
    from: 'src',
    except: ['./storage'],
    message: 'src/storage imports nothing of ours, so every layer may use it.',
  },
  {
    target: 'src/copy',
    from: 'src',
    except: ['./copy'],
    message: 'src/copy is words only and imports nothing of ours, so anything may use it.',
  },
  {
    target: 'src/machines',
    from: [
      'src/flow',
      'src/screens',
      'src/components',
      'src/app',
      'src/queries',
      'src/copy',
      'src/demo',
      'src/docs',
    ],
    message:
      'Machines are headless and know no words: no flow, screens, components, app, queries, copy, demo or docs (names and labels come in as input).',
  },
  {
    target: ['src/screens', 'src/components'],
    from: 'src/api',
    except: ['contract.ts', 'contract-basics.ts'],
    message:
      'Screens and components get data through props: only the contract (src/api/contract.ts types, contract-basics.ts) is allowed.',
  },
  {
    target: ['src/screens', 'src/components'],
    from: [
      'src/flow',
      'src/app',
      'src/queries',
      'src/webauthn',
      'src/storage',
      'src/demo',
      'src/docs',
    ],
    message:
      'Screens and components are presentational: no flow, app, queries, WebAuthn, storage, demo or docs.',
  },
  {
    target: 'src/queries',
    from: [
      'src/machines',
      'src/flow',
      'src/screens',
      'src/components',
      'src/app',
      'src/demo',
      'src/docs',
    ],
    message: 'src/queries is the React side of the API: only api/ (and packages).',
  },
  {
    // Everything under src/ except src/flow itself and the React entry point.
    target: ['src/!(flow|package)', 'src/!(flow|package)/**'],
    from: 'src/flow',
    message: "Only the package's React entry (src/package/react.ts) may import src/flow.",
  },
  {
    // The app and the demo are the package's first users: through its public entry points only
    // (`passkey-login`, `/react`, `/contract`, `/msw`), so the package is complete by construction.
    target: ['src/app', 'src/demo', 'src/main.tsx'],
    from: 'src',
    except: ['./app', './demo', './package', './main.tsx'],
    message:
      "src/app, src/demo and main.tsx import the package by its entry points ('passkey-login', 'passkey-login/react', ...), not its files.",
  },
  {
    // Everything under src/ except src/demo itself, src/app (its lazy demo panel) and main.tsx.
    target: ['src/!(app|demo|main.tsx)', 'src/!(app|demo)/**'],
    from: 'src/demo',
    message: 'Only src/main.tsx and src/app (demo builds, lazily) may import src/demo.',
  },
  {
    target: ['src/!(docs)', 'src/!(docs)/**'],
    from: 'src/docs',
    message: 'src/docs holds Storybook pages; nothing in the app imports them.',
  },
  {
    target: ['mocks/!(package.ts)', 'mocks/*/**'],
    from: 'src',
    except: ['./api/contract.ts', './api/dev-contract.ts'],
    message:
      'The fake backend may only depend on the API contract (src/api/contract.ts, dev-contract.ts).',
  },
  {
    // The entry point `passkey-login/msw` also hands out the typed client for the test endpoints.
    target: 'mocks/package.ts',
    from: 'src',
    except: ['./api/contract.ts', './api/dev-contract.ts', './api/dev-client.ts'],
    message: "passkey-login/msw re-exports the fake backend and the dev endpoints' client only.",
  },
  {
    // Everything under src/ except src/main.tsx and src/demo/**.
    target: ['src/!(main.tsx)', 'src/!(demo)/**'],
    from: 'mocks',
    message: 'Only src/main.tsx (demo dynamic import) and src/demo/** may import the fake backend.',
  },
]

export default defineConfig(
  globalIgnores(
    [
      '**/node_modules/',
      'dist/',
      'dist-demo/',
      'lib/',
      'storybook-static/',
      'coverage/',
      '.bench/',
      'test-results/',
      'public/mockServiceWorker.js',
      'src/api/openapi.json',
      // The packed consumer's host app: its own project, typechecked against the installed
      // tarball by `npm run test:packed` (here its imports would resolve to an unbuilt lib/).
      'tests/consumers/packed/app/',
    ],
    'project/ignores',
  ),

  // ---------------------------------------------------------------------------
  // Base JavaScript rules for everything.
  {
    name: 'project/js-recommended',
    files: [...TS_FILES, ...JS_FILES],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // ---------------------------------------------------------------------------
  // TypeScript: strict + stylistic, with type information.
  {
    name: 'project/typescript',
    files: TS_FILES,
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Interfaces and type aliases are both used on purpose (zod-inferred types are aliases).
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowBoolean: true,
          // Spelled out: the rule's own defaults would otherwise turn these back on.
          allowAny: false,
          allowNullish: false,
          allowRegExp: false,
          allowNever: false,
          allowArray: false,
        },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // The MSW handlers throw contract error responses on purpose; the route turns them into replies.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'msw', name: 'HttpResponse' },
          ],
          allowThrowingAny: false,
          allowThrowingUnknown: false,
          allowRethrowing: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', unusedVars],
    },
  },

  // ---------------------------------------------------------------------------
  // Plain JavaScript (eslint.config.js, .ci/*.mjs): Node scripts, no type information.
  {
    name: 'project/javascript',
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      'no-unused-vars': ['error', unusedVars],
    },
  },
  {
    name: 'project/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // ---------------------------------------------------------------------------
  // React: hooks rules (incl. the React Compiler checks) and React Query.
  {
    name: 'project/react-hooks',
    files: ['**/*.tsx', 'src/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    name: 'project/react-query',
    files: TS_FILES,
    extends: [tanstackQuery.configs['flat/recommended']],
  },

  // ---------------------------------------------------------------------------
  // Imports: resolution, hygiene and the layering zones.
  {
    name: 'project/imports',
    files: [...TS_FILES, ...JS_FILES],
    plugins: { import: importPlugin },
    settings: {
      // Plain Node resolution is enough: imports are relative, with no path aliases.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-self-import': 'error',
      'import/no-duplicates': 'error',
      // File layering. Every zone has a fixture in tests/lint/zones.test.ts that proves it fires.
      'import/no-restricted-paths': ['error', { basePath: root, zones: fileZones }],
    },
  },

  // Type-only layering: a layer may name another's types without depending on its code.
  {
    name: 'project/layers/machines-effects',
    files: ['src/machines/**'],
    ignores: ['src/machines/**/*.actors.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/api/*',
                '!**/api/contract',
                '!**/api/contract-basics',
                '!**/api/contract-loader',
                '**/webauthn/*',
              ],
              allowTypeImports: true,
              message:
                'Machines reach the API client and the WebAuthn adapter only from their *.actors.ts defaults (types are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/layers/screens-machine-types',
    files: ['src/screens/**', 'src/components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/machines/**'],
              allowTypeImports: true,
              message:
                'Screens take their view types from the machines, never their code (wire them in src/flow).',
            },
          ],
        },
      ],
    },
  },

  // Package-level layering. Later blocks replace earlier no-restricted-imports options,
  // so the contract.ts block (stricter than src/api/**) comes after it.
  {
    name: 'project/layers/webauthn-api',
    files: ['src/webauthn/**', 'src/api/**', 'src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...new Set([...REACT, ...XSTATE, ...REACT_QUERY])],
              message:
                'src/webauthn, src/api and src/storage are framework-free: no React, XState or React Query.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/layers/contract',
    files: ['src/api/contract.ts', 'src/api/contract-basics.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(?:/|$)|\\./contract-basics$)',
              message:
                'src/api/contract.ts is shared with the fake backend and imports only zod (and its plain basics).',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/layers/copy',
    files: ['src/copy/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Its own modules only: the compiled catalogs and the Intl helpers they call.
              regex: '^(?!\\./|\\.\\./format$)',
              message:
                'Copy is words only: it imports nothing outside src/copy, so anything may use it.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/layers/machines',
    files: ['src/machines/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: REACT, message: 'Machines are headless: no React or @xstate/react.' },
            {
              group: REACT_QUERY,
              message: 'Machines do not cache server data: React Query belongs to src/queries.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/layers/screens-components',
    files: ['src/screens/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: XSTATE,
              message:
                'Screens and components are presentational: no XState (wire them in src/flow).',
            },
            {
              group: REACT_QUERY,
              message: 'Screens and components get data as props: no React Query.',
            },
          ],
        },
      ],
    },
  },

  {
    name: 'project/layers/package-users',
    files: ['src/app/**', 'src/demo/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/package/*', '**/mocks/*', '!../mocks/browser'],
              message:
                "The app and the demo use the package by its entry points' names ('passkey-login', 'passkey-login/react', 'passkey-login/msw').",
            },
          ],
        },
      ],
    },
  },

  // ---------------------------------------------------------------------------
  // Tests and Storybook: same rules, relaxed where test code legitimately needs it.
  {
    name: 'project/tests',
    files: ['tests/**', '.storybook/**'],
    rules: {
      // Fixtures index into arrays/maps they just built; a failed `!` fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // expect(obj.method).toHaveBeenCalled() passes unbound methods on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // Stubs and no-op callbacks.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },

  // Last: turn off everything that Prettier owns.
  { name: 'project/prettier', ...prettier },
)
