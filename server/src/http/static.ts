import fs from "node:fs";
import path from "node:path";
import { type RequestHandler, Router } from "express";
import expressStaticGzip from "express-static-gzip";

/**
 * Each built file as the client takes it: the `.br` or `.gz` the web build wrote beside it
 * (scripts/precompress.mjs), chosen by Accept-Encoding with brotli first and `Vary: Accept-Encoding`,
 * or the file itself. express-static-gzip lists the folder's compressed copies when it is made:
 * that walk is done with the first request for a file, not at start (decision 26), so the apps are
 * built before the server serves them.
 */
function precompressed(
  dir: string,
  options: { maxAge: string; immutable?: boolean; fallthrough?: boolean },
): RequestHandler {
  let serve: RequestHandler | undefined;
  return (req, res, next) => {
    serve ??= staticFiles(dir, options);
    return serve(req, res, next);
  };
}

function staticFiles(dir: string, options: { maxAge: string; immutable?: boolean; fallthrough?: boolean }) {
  return expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ["br", "gzip"],
    index: false,
    serveStatic: {
      index: false,
      ...options,
      // index.html names the current hashed assets: asked for by name, it is revalidated like the
      // fallback below, whichever encoding was sent.
      setHeaders: (res, file) => {
        if (/(^|[\\/])index\.html(\.br|\.gz)?$/.test(file)) res.setHeader("Cache-Control", "no-cache");
      },
    },
  });
}

/**
 * Serves a built single-page app: hashed assets cached for a year, any other path answered with
 * index.html (never cached) so client-side routes survive a reload.
 */
export function spaRouter(distDir: string): Router {
  const router = Router();
  const index = path.join(distDir, "index.html");
  router.use(
    "/assets",
    precompressed(path.join(distDir, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  router.use(precompressed(distDir, { maxAge: "1h" }));
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
