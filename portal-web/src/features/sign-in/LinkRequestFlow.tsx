import { useState } from "react";
import type { PortalViewerFieldsFragment } from "../../gql/graphql";
import { RequestLinkForm } from "./components/RequestLinkForm";
import { SentPanel } from "./components/SentPanel";

type LinkRequestFlowProps = {
  initialEmail?: string;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
  onEmailChange?: (email: string) => void;
  onSentChange?: (sent: boolean) => void;
  autoFocus?: boolean;
};

/** "Email me a sign-in link" from asking through to signing in with the emailed code. */
export function LinkRequestFlow({
  initialEmail,
  onSignedIn,
  onEmailChange,
  onSentChange,
  autoFocus,
}: LinkRequestFlowProps) {
  const [sent, setSent] = useState<{ email: string; message: string } | null>(null);
  const [email, setEmail] = useState(initialEmail ?? "");
  const emailChanged = (value: string) => {
    setEmail(value);
    onEmailChange?.(value);
  };

  if (sent) {
    return (
      <SentPanel
        email={sent.email}
        message={sent.message}
        onSignedIn={onSignedIn}
        onChangeEmail={() => {
          setSent(null);
          onSentChange?.(false);
        }}
      />
    );
  }
  return (
    <RequestLinkForm
      initialEmail={email}
      onEmailChange={emailChanged}
      autoFocus={autoFocus}
      onSent={(email, message) => {
        setSent({ email, message });
        emailChanged(email);
        onSentChange?.(true);
      }}
    />
  );
}
