import { isEmail, ValidateBy, type ValidationOptions } from "class-validator";

/**
 * An optional email: empty or blank passes (the service stores null), anything else must be a
 * valid address once trimmed, since people paste addresses with stray spaces.
 */
export function IsOptionalEmail(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isOptionalEmail",
      validator: {
        validate: (value: unknown) =>
          value === null ||
          value === undefined ||
          (typeof value === "string" && (!value.trim() || isEmail(value.trim()))),
        defaultMessage: () => "Enter a valid email address, like name@example.com",
      },
    },
    options,
  );
}
