'use strict';
// ESLint 9 flat config. eslint-plugin-office-addins 4 ships flat configs, but its `recommended` also turns on
// prettier/prettier and registers its own older typescript-eslint; we take only its Office.js rules and use the
// project's typescript-eslint 8 for the rest.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');

const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith('office-addins/')),
);

// eslint-plugin-react comes with eslint-plugin-office-addins; reach it through that plugin's react config.
const reactPlugin = officeAddins.configs.react.find((config) => config.plugins?.react)?.plugins.react;

const nodeGlobals = Object.fromEntries(
  [
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'process',
    'console',
    'Buffer',
    'URL',
    'setTimeout',
    'clearTimeout',
  ].map((name) => [name, 'readonly']),
);

/** Layers as in DESIGN.md: each may import only the layers below it (and core from everywhere). */
const LAYERS = {
  core: [],
  sheets: ['core'],
  files: ['core', 'sheets'],
  excel: ['core', 'sheets'],
  app: ['core', 'sheets', 'files'],
  taskpane: ['core', 'sheets', 'files', 'excel', 'app'],
  cli: ['core', 'sheets', 'files', 'app'],
};
// `test` too: product code never imports from the test tree.
const SRC_FOLDERS = [
  'test',
  'core',
  'sheets',
  'files',
  'excel',
  'app',
  'taskpane',
  'cli',
  'preview',
  'devtools',
  'commands',
  'fake-excel',
];
const UI_PACKAGES = ['react', 'react-dom', 'react-dom/client', '@fluentui/react-components'];
const layerZones = Object.entries(LAYERS).map(([layer, below]) => {
  const forbidden = SRC_FOLDERS.filter((folder) => folder !== layer && !below.includes(folder));
  const pure = layer === 'core' || layer === 'sheets';
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...(layer === 'taskpane' ? [] : UI_PACKAGES), ...(pure ? ['exceljs', 'docx', 'fflate'] : [])].map(
            (name) => ({
              name,
              message: `src/${layer} may not depend on ${name} (see DESIGN.md layers).`,
            }),
          ),
          patterns: [
            {
              regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)|^@fake-excel`,
              message: `src/${layer} may import only ${below.length ? below.join(', ') : 'itself'} (imports point down; DESIGN.md).`,
            },
            ...(pure
              ? [{ regex: '^(node:|fs$|path$|os$|child_process$)', message: `src/${layer} is pure: no I/O.` }]
              : []),
          ],
        },
      ],
      // Office.js globals belong to the gateway (src/excel) and the entry points.
      'no-restricted-globals': [
        layer === 'excel' ? 'off' : 'error',
        ...['Excel', 'Office', 'OfficeExtension'].map((name) => ({
          name,
          message: 'Only src/excel and the entry points touch Office.js.',
        })),
      ],
    },
  };
});

module.exports = [
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', '.certs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Only the layers that call Office.js: the rules are name-based and misfire on exceljs code in src/files/.
    files: ['src/excel/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ['**/*.tsx'],
    ...reactPlugin.configs.flat.recommended,
    settings: { react: { version: 'detect' } },
  },
  {
    files: ['**/*.tsx'],
    rules: {
      ...reactPlugin.configs.flat['jsx-runtime'].rules,
      // Props are typed by TypeScript.
      'react/prop-types': 'off',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerZones,
  {
    files: ['src/{preview,devtools,commands,fake-excel}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+test/', message: 'Product code never imports from test/.' }] },
      ],
    },
  },
  {
    // The task pane's entry point starts Office.js; everything else in the pane goes through src/excel.
    files: ['src/taskpane/index.tsx'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Build and dev tooling written as CommonJS for Node (webpack config, devtools scripts).
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
