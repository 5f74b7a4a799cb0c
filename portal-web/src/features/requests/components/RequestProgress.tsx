import type { ServiceRequestStatus } from "../../../gql/graphql";
import classes from "./RequestsPage.module.css";
import { REQUEST_STEPS, requestStatusLook } from "./request-labels";

/** Received → Scheduled → In progress → Done, with the steps reached filled in. */
export function RequestProgress({ status }: { status: ServiceRequestStatus }) {
  if (status === "CANCELLED") return null;
  const reached = REQUEST_STEPS.indexOf(status);
  return (
    <ol className={classes.steps} aria-label="Progress">
      {REQUEST_STEPS.map((step, i) => (
        <li
          key={step}
          className={classes.step}
          data-done={i <= reached || undefined}
          aria-current={i === reached ? "step" : undefined}
        >
          <span className={classes.stepBar} aria-hidden />
          <span className={classes.stepLabel}>{requestStatusLook(step).label}</span>
        </li>
      ))}
    </ol>
  );
}
