import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { apiGuide } from "./api-guide-plugin";

// The Portico server sends dist/index.html for `GET /graphql` (Accept: text/html)
// and serves dist/ under /graphql/playground-assets/, so every asset URL in the
// built page must carry that prefix. Everything is bundled: no CDN, works offline.
export default defineConfig({
  base: "/graphql/playground-assets/",
  plugins: [react(), apiGuide()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // GraphiQL (codemirror 5, graphql, markdown-it) is one big chunk by nature.
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      onLog(level, log, handler) {
        // react-compiler-runtime (a graphiql dependency) starts with "use no memo"; harmless.
        if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
        handler(level, log);
      },
    },
  },
});
