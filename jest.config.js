// Two projects: `unit` runs the TypeScript sources in-process; `e2e` runs the
// committed bundles through the runner harness (test/harness) on Node 24.
const tsJest = [
  'ts-jest',
  {
    useESM: true,
    // Type errors are reported by `pnpm typecheck`; the transform only strips types
    // (tsconfig's isolatedModules makes ts-jest transpile file by file).
    diagnostics: false,
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // ts-jest rewrites our '.ts' specifiers to '.js' (rewriteRelativeImportExtensions); map them back.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/packages/*/__tests__/**/*.test.ts',
        '<rootDir>/actions/*/__tests__/**/*.test.ts',
        '<rootDir>/test/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['\\.e2e\\.test\\.ts$', '/node_modules/', '/dist/'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/actions/*/__tests__/**/*.e2e.test.ts', '<rootDir>/test/**/*.e2e.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
  ],
};
