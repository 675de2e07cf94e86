import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { compactRegistry } from './src/platforms/compact-plugin';

// Three projects: `unit` (fast, fake browser + happy-dom, tests beside the code they test) and `e2e`
// (the built extension in real Chromium; run after `wxt build`, one file at a time), `firefox` (the same in Firefox).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), compactRegistry()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'store/**/*.test.ts'],
          setupFiles: ['tests/setup/unit.ts'],
          // A guard against hangs, not a speed limit (speed is measured in `npm run bench`): tests that record a
          // series of real 200 KB policies take a few seconds on two busy cores.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          // expect.poll waits for a state, 1 s by default: too short for a browser on a loaded 2-core CI machine.
          // A longer limit costs nothing when the state comes; only a real failure waits it out.
          expect: { poll: { timeout: 10_000 } },
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
      {
        // The Firefox build in real Firefox (tests/e2e-firefox/harness): `npm run test:firefox`.
        test: {
          name: 'firefox',
          environment: 'node',
          // expect.poll waits for a state, 1 s by default: too short for a browser on a loaded 2-core CI machine.
          // A longer limit costs nothing when the state comes; only a real failure waits it out.
          expect: { poll: { timeout: 10_000 } },
          include: ['tests/e2e-firefox/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
