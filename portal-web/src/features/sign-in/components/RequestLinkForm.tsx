import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import { portalError } from "../../../lib/errors";
import { useRequestSignInLink } from "../api/request-sign-in-link";
import { validateEmail } from "../validation";

type RequestLinkFormProps = {
  initialEmail?: string;
  onSent: (email: string, message: string) => void;
  onEmailChange?: (email: string) => void;
  autoFocus?: boolean;
};

export function RequestLinkForm({ initialEmail = "", onSent, onEmailChange, autoFocus }: RequestLinkFormProps) {
  const [request, { loading }] = useRequestSignInLink();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: initialEmail },
    validate: { email: validateEmail },
    onValuesChange: (values) => onEmailChange?.(values.email),
  });

  const submit = form.onSubmit(async ({ email }) => {
    setFailure(null);
    const address = email.trim();
    try {
      const { data } = await request({ variables: { email: address } });
      if (data) onSent(address, data.requestSignInLink.message);
    } catch (error) {
      setFailure(portalError(error).message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Email address"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="you@example.com"
          size="md"
          autoFocus={autoFocus}
          {...form.getInputProps("email")}
        />
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {failure}
          </Alert>
        )}
        <Button type="submit" size="md" fullWidth loading={loading}>
          Email me a sign-in link
        </Button>
      </Stack>
    </form>
  );
}
