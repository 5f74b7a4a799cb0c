import { MockLink } from "@apollo/client/testing";
import { notifications } from "@mantine/notifications";
import { setFacilityTimeZone } from "@portico/web-core/zones";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Mocked responses answer at once (Apollo's default waits a random 20–50 ms): a test's outcome must
// not turn on timers racing the machine's load.
MockLink.defaultOptions = { delay: 0 };
// findBy… and waitFor give up after a second by default, which a busy 2-core machine can need just
// to render a page: they wait for what they look for, so a long limit costs nothing when it is there.
configure({ asyncUtilTimeout: 10_000 });

// Mantine reads these browser APIs, which happy-dom leaves out.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
// Mantine's autosizing textarea re-measures when web fonts finish loading.
if (!("fonts" in document)) {
  Object.defineProperty(document, "fonts", { value: Object.assign(new EventTarget(), { ready: Promise.resolve() }) });
}
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => {
  cleanup();
  // Toasts live in a store outside React; one left from the last test (it closes on a timer) must not
  // show up twice in the next.
  notifications.clean();
  // The facility's zone is set by the signed-in frame a test rendered; the next test starts without.
  setFacilityTimeZone(undefined);
  // The brand and the last sign-in method are remembered on the device; each test starts on a new one.
  window.localStorage.clear();
});
