import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { RouterProvider } from "react-router/dom";
import { createStaffClient } from "../lib/apollo";
import { router } from "./router";
import { staffTheme } from "./theme";

const client = createStaffClient();

export function App() {
  return (
    <MantineProvider theme={staffTheme} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
