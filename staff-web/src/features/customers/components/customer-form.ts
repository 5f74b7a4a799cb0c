import { useForm } from "@mantine/form";
import type { CustomerInput } from "../../../gql/graphql";
import { blankToNull, INVALID_EMAIL, looksLikeEmail } from "../../../lib/forms";

export type CustomerFormValues = { name: string; email: string; phone: string; address: string; notes: string };

export const EMPTY_CUSTOMER: CustomerFormValues = { name: "", email: "", phone: "", address: "", notes: "" };

export function useCustomerForm(initialValues: CustomerFormValues) {
  return useForm<CustomerFormValues>({
    mode: "controlled",
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : "Enter the customer's name"),
      email: (v) => (!v.trim() || looksLikeEmail(v) ? null : INVALID_EMAIL),
    },
  });
}

export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  return {
    name: values.name.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    address: blankToNull(values.address),
    notes: blankToNull(values.notes),
  };
}
