import { createTheme, type MantineColorsTuple } from "@mantine/core";

/** Portico's teal-blue, the staff dashboard's primary colour. */
const portico: MantineColorsTuple = [
  "#e3fafc",
  "#c5f6fa",
  "#99e9f2",
  "#66d9e8",
  "#3bc9db",
  "#22b8cf",
  "#15aabf",
  "#1098ad",
  "#0c8599",
  "#0b7285",
];

export const porticoTheme = createTheme({
  primaryColor: "portico",
  primaryShade: { light: 8, dark: 5 },
  colors: { portico },
  defaultRadius: "md",
  fontFamily: "Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "650" },
});
