import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the compiled CLI: compile it first if the sources changed.
    globalSetup: ['test/helpers/compiled-cli.ts'],
    // Browser and Slidev tests start servers and Chromium; two cores here.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
})
