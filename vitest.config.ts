import { defineConfig } from 'vitest/config';

// Dates are parsed and printed in tests; pin the zone so results do not depend on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
  },
});
