import { defineConfig } from 'vitest/config';

// Dates are parsed and printed in tests; pin the zone so results do not depend on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    env: { TZ: 'UTC' },
    // Generous: several tests parse the whole corpus or run a real build on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
