import fs from "node:fs";
import path from "node:path";
import express, { Router } from "express";

/**
 * Serves a built single-page app: hashed assets cached for a year, any other path answered with
 * index.html (never cached) so client-side routes survive a reload.
 */
export function spaRouter(distDir: string): Router {
  const router = Router();
  const index = path.join(distDir, "index.html");
  router.use(
    "/assets",
    express.static(path.join(distDir, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  router.use(express.static(distDir, { index: false, maxAge: "1h" }));
  router.get("/{*rest}", (_req, res) => {
    if (!fs.existsSync(index)) {
      res.status(503).type("text/plain").send("This app has not been built yet: run the build first.");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
  return router;
}
