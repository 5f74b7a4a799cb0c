import { Alert, Loader } from "@mantine/core";
import { IconCircleCheck, IconClockHour4, IconInfoCircle } from "@tabler/icons-react";
import type { StripeReturn } from "./stripe-return";

type Words = { confirming: string; confirmed: string; slow: string; cancelled: string };

/** What happened at Stripe, told where the person lands on their way back. */
export function StripeReturnAlert({ state, words }: { state: StripeReturn; words: Words }) {
  if (state === "none") return null;
  if (state === "confirming")
    return (
      <Alert color="blue" variant="light" icon={<Loader size={16} />} role="status">
        {words.confirming}
      </Alert>
    );
  if (state === "confirmed")
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} role="status">
        {words.confirmed}
      </Alert>
    );
  if (state === "slow")
    return (
      <Alert color="yellow" variant="light" icon={<IconClockHour4 size={18} />} role="status">
        {words.slow}
      </Alert>
    );
  return (
    <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} role="status">
      {words.cancelled}
    </Alert>
  );
}
