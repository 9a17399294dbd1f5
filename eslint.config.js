// ESLint: a few rules for mistakes that TypeScript's own checks (`astro check` with the strictest
// tsconfig) let through. Style is Prettier's job: no formatting or taste rules here. Each rule says
// what mistake it catches; add a rule only with a mistake it would have caught.
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

const TEXT_IS_DATA = 'Text from reports is data: build nodes and set textContent instead.';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'content/',
      'public/',
      'tests/fixtures/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'screenshots/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // .astro files: the plugin's recommended rules (a file the compiler cannot compile, invalid or
  // conflicting directives, deprecated Astro APIs). Its parser (compiler 2) misreads `a <= b` in
  // some template expressions as a tag and fails the file: write `b >= a`. `set:html` is checked
  // by tests/unit/render/safe-html.test.ts (only HTML from src/lib/render/safe-html.ts), not here.
  astro.configs['flat/recommended'],

  // Every file, .astro frontmatter and <script>s included: rules that need no type information.
  {
    files: ['**/*.{ts,mts,js,mjs}', '**/*.astro'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // A variable never read is a leftover or a forgotten use (the tsconfig checks .ts files; this
      // also covers .mjs and .astro). A leading _ marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `==` coerces ('' == 0, '1' == 1), which hides a wrong type in parsed data. `== null` stays
      // allowed as the idiom for "null or undefined".
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A comparison that is always true or false, mostly from precedence: `a ?? b === c`, `!x == y`.
      'no-constant-binary-expression': 'error',
      // A .filter/.find/.map callback that forgets to return on some path.
      'array-callback-return': 'error',
    },
  },

  // The site's code: report text is data, escaped and never parsed as HTML; these sinks would parse
  // it. (Tests may build their DOM fixtures from markup.)
  {
    files: ['src/**/*.{ts,mts,js,mjs}', 'src/**/*.astro'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: TEXT_IS_DATA },
        { property: 'outerHTML', message: TEXT_IS_DATA },
        { property: 'insertAdjacentHTML', message: TEXT_IS_DATA },
        { object: 'document', property: 'write', message: TEXT_IS_DATA },
      ],
    },
  },

  // .ts and .mjs files: rules that need the types, from tsconfig.json. (`astro check` types .astro
  // files, but typescript-eslint cannot: keep logic in modules.)
  {
    files: ['**/*.{ts,mts,js,mjs}'],
    ignores: ['**/*.astro/**'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error and its order: an unawaited write, load or
      // Playwright action fails silently or races the next line.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a plain callback is expected (event listener, forEach, a filter
      // predicate): its rejection is lost, and a predicate sees an always-truthy promise.
      '@typescript-eslint/no-misused-promises': 'error',
      // `await` on a value that is not a promise: a sync function misread as async, so the real
      // asynchronous step is somewhere else.
      '@typescript-eslint/await-thenable': 'error',
      // A switch over a union (event kinds, classes, actor kinds) that misses a member after the
      // union grows falls through silently; this names the missing case.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      // `.sort()` without a comparator compares as strings: [10, 9, 100] → [10, 100, 9]. Years and
      // counts are numbers; plain string arrays (code-unit order, the ids' order) stay allowed.
      '@typescript-eslint/require-array-sort-compare': ['error', { ignoreStringArrays: true }],
      // An API its library marks deprecated (Zod 4, Astro, Playwright) is the next upgrade's break.
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
);
