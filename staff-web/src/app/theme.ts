import { createTheme, mergeThemeOverrides } from "@mantine/core";
import { porticoTheme } from "@portico/web-core/theme";

/**
 * The shared Portico theme plus the dashboard's component defaults. Plain objects rather than
 * `Modal.extend(…)`: importing Modal here would pull dialogs (and their popover and scroll-lock
 * code) into the sign-in page's first load.
 */
export const staffTheme = mergeThemeOverrides(
  porticoTheme,
  createTheme({
    components: {
      Modal: {
        // Mantine's close button is an icon with no name of its own.
        defaultProps: { centered: true, closeButtonProps: { "aria-label": "Close" } },
        styles: { title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } },
      },
      Badge: { defaultProps: { tt: "none" } },
    },
  }),
);
