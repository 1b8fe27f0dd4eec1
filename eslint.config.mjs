// Lint: typescript-eslint's recommended rules, plus the two architecture rules the house style asks
// for as checks rather than hopes: src/core imports nothing of the editor, the CLI or the file
// system (a pure engine), and no module imports itself through a cycle.
// Not type-aware on purpose (no parserOptions.project): tsc --noEmit already type-checks, and a
// type-aware lint would double the cost of `npm test` on a small machine.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** What test/unit/boundary.test.ts also forbids in src/core (with and without the node: prefix). */
const NODE_ONLY = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'worker_threads'];

export default defineConfig(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.bench/**', '.stress/**', 'coverage/**', 'test/fixtures/**', 'samples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: {
      // Without a parser for .ts, import-x cannot read the modules an import points to and
      // no-cycle silently finds nothing.
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'] })],
    },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        // Node and browser-neutral globals the code uses; `globals` would be one more dependency for a short list.
        console: 'readonly', process: 'readonly', Buffer: 'readonly', __dirname: 'readonly', __filename: 'readonly',
        require: 'readonly', module: 'writable', exports: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', clearImmediate: 'readonly',
        queueMicrotask: 'readonly', performance: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly',
        URL: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', fetch: 'readonly', structuredClone: 'readonly', Intl: 'readonly',
        document: 'readonly', window: 'readonly', NodeFilter: 'readonly', globalThis: 'readonly', NodeJS: 'readonly',
      },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // tsc's noUnusedLocals / noUnusedParameters report these already (tsconfig.json).
      '@typescript-eslint/no-unused-vars': 'off',
      'no-unused-vars': 'off',
      // `import x = require('m')` is TypeScript's typed form for `export =` modules (src/types/modules.d.ts).
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }, // CommonJS files load modules with require()
  },
  {
    // One place per kind of name (house style): settings are read in src/vscode/config.ts, command ids
    // come from CommandId (src/vscode/commands/commandIds.ts, checked against package.json by a unit test).
    files: ['src/**/*.ts'],
    ignores: ['src/vscode/config.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        {
          selector: "MemberExpression[property.name='getConfiguration']",
          message: 'Read settings through src/vscode/config.ts (typed, one place for names and defaults).',
        },
        {
          selector: "CallExpression[callee.property.name=/^(registerCommand|executeCommand)$/] > Literal.arguments:first-child[value=/^triangulate\\./]",
          message: 'Use CommandId (src/vscode/commands/commandIds.ts) for command ids.',
        },
        {
          selector: "CallExpression[callee.property.name='affectsConfiguration'] > Literal.arguments:first-child[value=/^triangulate\\./]",
          message: "Use affects(e, 'section') from src/vscode/config.ts.",
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is the pure engine: only src/vscode imports vscode.' },
          ...NODE_ONLY.flatMap((m) => [m, `node:${m}`]).map((name) => ({
            name,
            message: 'src/core runs in a worker and could run in a browser: no file system or process modules (use src/node).',
          })),
        ],
        patterns: [{
          group: ['**/vscode/**', '**/cli/**', '**/node/**', '**/extension'],
          message: 'src/core must not import the editor skin (src/vscode), the CLI (src/cli) or Node-only code (src/node).',
        }],
      }],
    },
  },
);
