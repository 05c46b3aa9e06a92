// Flat ESLint config. Formatting belongs to Prettier (eslint-config-prettier comes last).
//
// Layering (enforced below with no-restricted-imports for packages and
// import/no-restricted-paths for files; paths are relative to the repo root):
//
//   src/api/contract.ts   imports only zod
//   src/webauthn, src/api no React, no XState, no React Query; nothing from machines/flow/screens/components/app
//   src/machines          no React bindings; nothing from flow/screens/components/app
//   src/screens, src/components
//                         no XState; nothing from api (except api/contract.ts), machines, flow, app
//   src/flow              the only place that wires machines to screens; imported only by src/app and src/main.tsx
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

export default defineConfig(
  globalIgnores(
    [
      '**/node_modules/',
      'dist/',
      'dist-demo/',
      'storybook-static/',
      'coverage/',
      '.bench/',
      'test-results/',
      'public/mockServiceWorker.js',
      'src/api/openapi.json',
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
      'import/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: ['src/webauthn', 'src/api'],
              from: ['src/machines', 'src/flow', 'src/screens', 'src/components', 'src/app'],
              message:
                'src/webauthn and src/api are the bottom layer: no machines, flow, screens, components or app.',
            },
            {
              target: 'src/machines',
              from: ['src/flow', 'src/screens', 'src/components', 'src/app'],
              message: 'Machines are headless: no flow, screens, components or app.',
            },
            {
              target: ['src/screens', 'src/components'],
              from: 'src/api',
              except: ['contract.ts'],
              message:
                'Screens and components get data through props: only src/api/contract.ts (types) is allowed.',
            },
            {
              target: ['src/screens', 'src/components'],
              from: ['src/machines', 'src/flow', 'src/app'],
              message: 'Screens and components are presentational: no machines, flow or app.',
            },
            {
              // Everything under src/ except src/flow itself, src/app and src/main.tsx.
              target: ['src/!(app|flow|main.tsx)', 'src/!(app|flow)/**'],
              from: 'src/flow',
              message: 'Only src/app and src/main.tsx may import src/flow.',
            },
            {
              target: 'mocks',
              from: 'src',
              except: ['./api/contract.ts', './api/dev-contract.ts'],
              message:
                'The fake backend may only depend on the API contract (src/api/contract.ts, dev-contract.ts).',
            },
            {
              // Everything under src/ except src/main.tsx and src/demo/**.
              target: ['src/!(main.tsx)', 'src/!(demo)/**'],
              from: 'mocks',
              message:
                'Only src/main.tsx (demo dynamic import) and src/demo/** may import the fake backend.',
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
    files: ['src/webauthn/**', 'src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...new Set([...REACT, ...XSTATE, ...REACT_QUERY])],
              message:
                'src/webauthn and src/api are framework-free: no React, XState or React Query.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/layers/contract',
    files: ['src/api/contract.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(?:/|$))',
              message: 'src/api/contract.ts is shared with the fake backend and imports only zod.',
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
