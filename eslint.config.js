// @ts-check
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Layering rules from design/style.md, each with a message that explains it. */
const serverOnly = {
  group: ['**/server/**', '#server/*'],
  message:
    'shared/ and web/ must not import server code: shared holds contracts and pure rules used by both sides.',
}
const noFeatureInUi = {
  group: ['**/features/**'],
  message: 'components/ui is generic (could ship in another product): it must not import features.',
}
const noRepoInRoutes = {
  group: ['**/*.repository.ts', '**/*.tables.ts', 'drizzle-orm', 'drizzle-orm/*'],
  message: 'Routes hold no SQL: call one service method (routes → service → repository).',
}

export default defineConfig(
  {
    ignores: [
      'node_modules/**',
      'web/dist/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'server/db/migrations/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      eqeqeq: ['error', 'smart'],
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through server/config.ts (the only reader of process.env).',
        },
      ],
    },
  },
  {
    files: ['server/config.ts', '*.config.ts', 'e2e/**', 'bench/**', 'system/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [serverOnly] }] },
  },
  {
    files: ['web/src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [serverOnly, noFeatureInUi] }] },
  },
  {
    files: ['server/modules/**/*.routes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRepoInRoutes] }] },
  },
  {
    // A module never imports another module's repository or tables (reports may read).
    files: ['server/modules/**/*.service.ts', 'server/modules/**/*.repository.ts'],
    ignores: ['server/modules/reports/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^\\.\\./(?!audit/audit\\.service|auth/auth\\.service|org/org\\.service)[^/]+/[^/]+\\.(repository|tables)\\.ts$',
              message:
                "A module never imports another module's repository or tables: depend on its service, passed in as a dependency.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.test.ts', 'server/test/**', 'e2e/**', 'bench/**', 'system/**', 'web/budget.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      'no-console': 'off',
    },
  },
)
