import { defineConfig } from "vitest/config";

export default defineConfig({
  // Timeouts only catch a hang: a busy 2-core machine must pass the same suite.
  test: { testTimeout: 120_000, hookTimeout: 120_000 },
});
