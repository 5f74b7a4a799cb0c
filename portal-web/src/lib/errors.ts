import { ServerError } from "@apollo/client/errors";
import { type ErrorInfo, errorInfo } from "@portico/web-core/errors";

// Customers know their facility, not Portico: an outage is "the portal", in their words.
const UNREACHABLE = "We can't reach the portal right now. Check your connection and try again.";

/** What went wrong, as a customer should read it. */
export function portalError(error: unknown): ErrorInfo {
  const info = errorInfo(error);
  const serverDown = ServerError.is(error) && error.statusCode >= 500;
  if (info.code === "NETWORK" || serverDown) return { ...info, code: "NETWORK", message: UNREACHABLE };
  return info;
}
