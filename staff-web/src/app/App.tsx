import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { RouterProvider } from "react-router/dom";
import { StaffViewerQuery } from "../features/auth/api/staff-viewer";
import { createStaffClient } from "../lib/apollo";
import { router } from "./router";
import { staffTheme } from "./theme";

// An expired session anywhere sends the user to sign-in: clearing the viewer is enough,
// because the signed-in layout redirects as soon as it reads a null viewer.
const client = createStaffClient((cache) => {
  cache.writeQuery({ query: StaffViewerQuery, data: { staffViewer: null } });
});

export function App() {
  return (
    <MantineProvider theme={staffTheme} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
