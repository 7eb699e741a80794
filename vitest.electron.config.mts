import { defineConfig } from 'vitest/config';

// The Electron smoke test (`npm run test:electron`), kept out of `npm test`: it needs Electron and a
// display, and release builds run it against the packaged app (see .github/workflows/release.yml).
export default defineConfig({
  test: {
    name: 'electron',
    include: ['test/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
