import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'webhost/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
  },
});
