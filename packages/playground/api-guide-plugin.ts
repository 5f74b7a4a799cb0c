import fs from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import type { Plugin } from "vite";

const GUIDE = path.resolve(import.meta.dirname, "../../docs/api.md");

const STYLE = `body { max-width: 860px; margin: 0 auto; padding: 24px 20px 64px; font: 16px/1.55 system-ui, sans-serif; color: #1a1b1e; }
h1, h2, h3 { line-height: 1.25; } h2 { margin-top: 2.2em; border-bottom: 1px solid #e3e6ea; padding-bottom: 4px; }
code { font: 0.9em ui-monospace, monospace; background: #f1f3f5; padding: 1px 4px; border-radius: 3px; }
pre { background: #f1f3f5; padding: 12px 14px; border-radius: 6px; overflow-x: auto; } pre code { background: none; padding: 0; }
table { border-collapse: collapse; display: block; overflow-x: auto; } th, td { border: 1px solid #dee2e6; padding: 6px 10px; text-align: left; vertical-align: top; }
a { color: #1c7ed6; } .back { font-size: 14px; }`;

/**
 * docs/api.md, rendered into the playground's build as api.html (and its stylesheet), so the guide
 * the playground links to is the repository's, works offline and needs no inline style or script.
 */
export function apiGuide(): Plugin {
  return {
    name: "portico-api-guide",
    buildStart() {
      this.addWatchFile(GUIDE);
    },
    generateBundle() {
      const body = new MarkdownIt({ html: false, linkify: true }).render(fs.readFileSync(GUIDE, "utf8"));
      this.emitFile({ type: "asset", fileName: "api-guide.css", source: STYLE });
      this.emitFile({
        type: "asset",
        fileName: "api.html",
        source: `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Portico API guide</title>
<link rel="stylesheet" href="/graphql/playground-assets/api-guide.css" />
</head>
<body>
<p class="back"><a href="/graphql">← Back to the playground</a></p>
${body}
</body>
</html>
`,
      });
    },
  };
}
