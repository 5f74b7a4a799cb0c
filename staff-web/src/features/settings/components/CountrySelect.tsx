import { Select, type SelectProps } from "@mantine/core";
import { useMemo } from "react";
import { usePhoneCountries } from "../api/phone-countries";

type CountrySelectProps = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string;
  onChange: (code: string) => void;
};

/**
 * The facility's country, found by name or code ("United Kingdom (+44)"). Until the list arrives the
 * saved country stays shown by its code, so the form never shows a blank value.
 */
export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const { data } = usePhoneCountries();
  const options = useMemo(() => {
    const countries = data?.phoneCountries ?? [];
    const list = countries.map((c) => ({ value: c.code, label: `${c.name} (+${c.callingCode})` }));
    if (value && !countries.some((c) => c.code === value)) list.unshift({ value, label: value });
    return list;
  }, [data, value]);
  return (
    <Select
      // Remounted once the names arrive: a searchable Select keeps the label it first showed.
      key={data ? "named" : "codes"}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No country matches"
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      {...props}
      data={options}
      value={value}
      onChange={(code) => code && onChange(code)}
    />
  );
}
