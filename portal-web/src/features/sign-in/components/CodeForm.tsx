import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { preloadSignedInPages } from "../../../lib/preload";
import { useSignInWithCode } from "../api/sign-in-with-code";
import { rememberSignInMethod } from "../remembered-method";
import { normalizeCode, validateCode, validateEmail } from "../validation";
import classes from "./CodeForm.module.css";

type CodeFormProps = {
  /** Set when the page already knows the address the code went to; the field is then not shown. */
  email?: string;
  initialEmail?: string;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
};

export function CodeForm({ email: knownEmail, initialEmail = "", onSignedIn }: CodeFormProps) {
  const [signIn, { loading }] = useSignInWithCode();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(preloadSignedInPages, []);
  const form = useForm({
    initialValues: { email: knownEmail ?? initialEmail, code: "" },
    validate: {
      email: knownEmail ? undefined : validateEmail,
      code: validateCode,
    },
  });

  const submit = form.onSubmit(async ({ email, code }) => {
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), code: normalizeCode(code) } });
      if (!data) return;
      rememberSignInMethod("link");
      onSignedIn(data.signInWithCode);
    } catch (error) {
      const info = portalError(error);
      // A wrong code belongs under the code field; a rate limit or an outage is about the whole form.
      if (info.code === "BAD_USER_INPUT") form.setFieldError("code", info.message);
      else setFailure(info.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {!knownEmail && (
          <TextInput
            label="Email address"
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            placeholder="you@example.com"
            size="md"
            {...form.getInputProps("email")}
          />
        )}
        <TextInput
          label="Sign-in code"
          description="The 8-digit code from your sign-in email"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={12}
          placeholder="12345678"
          size="md"
          classNames={{ input: classes.code }}
          autoFocus={!!knownEmail}
          {...form.getInputProps("code")}
        />
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {failure}
          </Alert>
        )}
        <Button type="submit" size="md" fullWidth loading={loading}>
          Sign in with code
        </Button>
      </Stack>
    </form>
  );
}
