import { useState } from "react";
import type { PortalViewerFieldsFragment } from "../../gql/graphql";
import { TextRequestForm } from "./components/TextRequestForm";
import { TextSentPanel } from "./components/TextSentPanel";

type TextRequestFlowProps = {
  facility: string;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
  onSentChange?: (sent: boolean) => void;
  autoFocus?: boolean;
};

/** "Text me a link" from asking through to signing in with the texted code. */
export function TextRequestFlow({ facility, onSignedIn, onSentChange, autoFocus }: TextRequestFlowProps) {
  const [sent, setSent] = useState<{ phone: string; message: string } | null>(null);
  const [phone, setPhone] = useState("");

  if (sent) {
    return (
      <TextSentPanel
        facility={facility}
        phone={sent.phone}
        message={sent.message}
        onSignedIn={onSignedIn}
        onChangePhone={() => {
          setSent(null);
          onSentChange?.(false);
        }}
      />
    );
  }
  return (
    <TextRequestForm
      facility={facility}
      initialPhone={phone}
      autoFocus={autoFocus}
      onSent={(number, message) => {
        setPhone(number);
        setSent({ phone: number, message });
        onSentChange?.(true);
      }}
    />
  );
}
