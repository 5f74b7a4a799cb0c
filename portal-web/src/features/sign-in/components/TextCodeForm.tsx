import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { preloadSignedInPages } from "../../../lib/preload";
import { useSignInWithTextCode } from "../api/sign-in-with-text-code";
import { rememberSignInMethod } from "../remembered-method";
import { normalizeCode, validateCode } from "../validation";
import classes from "./CodeForm.module.css";

type TextCodeFormProps = {
  facility: string;
  /** The number the text went to, as the person typed it. */
  phone: string;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
};

/** The 8-digit code from a sign-in text, for the number it went to. */
export function TextCodeForm({ facility, phone, onSignedIn }: TextCodeFormProps) {
  const [signIn, { loading }] = useSignInWithTextCode();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(preloadSignedInPages, []);
  const form = useForm({ initialValues: { code: "" }, validate: { code: validateCode } });

  const submit = form.onSubmit(async ({ code }) => {
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { facility, phone, code: normalizeCode(code) } });
      if (!data) return;
      rememberSignInMethod("link");
      onSignedIn(data.signInWithTextCode);
    } catch (error) {
      const info = portalError(error);
      if (info.code === "BAD_USER_INPUT") form.setFieldError("code", info.message);
      else setFailure(info.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Sign-in code"
          description="The 8-digit code from your sign-in text"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={12}
          placeholder="12345678"
          size="md"
          classNames={{ input: classes.code }}
          autoFocus
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
