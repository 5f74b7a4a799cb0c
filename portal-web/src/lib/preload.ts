/**
 * Fetching a page's code before it is needed. The page list lives in app/, which imports every
 * feature; a feature or the shell that imported it back would close a cycle through the whole
 * app, so app/ hands its preloaders in here once it loads. Until then (or in a test rendering a
 * single page) preloading does nothing, which only costs a later download.
 */
type Preloaders = { signedInPages: () => void; section: (path: string) => void };

let preloaders: Preloaders = { signedInPages: () => {}, section: () => {} };

export function registerPreloaders(next: Preloaders): void {
  preloaders = next;
}

/** Where every sign-in ends up: fetched while the person is still reading the sign-in page. */
export function preloadSignedInPages(): void {
  preloaders.signedInPages();
}

/** A menu item under the pointer (or focus) is likely the next page: start fetching its code. */
export function preloadSection(path: string): void {
  preloaders.section(path);
}
