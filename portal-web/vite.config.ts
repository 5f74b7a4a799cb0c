import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Served by the Portico server under /portal/; in development Vite proxies the API to it.
export default defineConfig({
  base: "/portal/",
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { "/graphql": "http://localhost:4000", "/dev": "http://localhost:4000" },
  },
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test-setup.ts"],
  },
});
