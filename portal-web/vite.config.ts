import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Served by the Portico server under /portal/; in development Vite proxies the API to it
// (PORTICO_API points at a server on another port).
const api = process.env.PORTICO_API ?? "http://localhost:4000";

export default defineConfig({
  base: "/portal/",
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { "/graphql": api, "/dev": api, "/calendar": api },
  },
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test-setup.ts"],
    // Forms typed into key by key take seconds when every package's suite runs at once on two cores.
    // Only catches a hang: a busy 2-core machine must pass the same suite.
    testTimeout: 120_000,
  },
});
