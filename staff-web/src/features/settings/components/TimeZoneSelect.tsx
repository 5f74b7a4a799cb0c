import { Select, type SelectProps } from "@mantine/core";
import { useMemo } from "react";
import { zoneLabel } from "../../../lib/dates";

/** Every zone this browser knows (the server checks with the same IANA database), plus the current one. */
export function timeZoneOptions(current: string, now = new Date()): Array<{ value: string; label: string }> {
  const zones = new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
  zones.add("UTC");
  if (current) zones.add(current);
  return [...zones].sort().map((zone) => ({ value: zone, label: zoneLabel(zone, now) }));
}

type TimeZoneSelectProps = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string;
  onChange: (zone: string) => void;
};

/** A searchable list of IANA zones: "America/Los Angeles (GMT-7)" found by typing "los" or "angeles". */
export function TimeZoneSelect({ value, onChange, ...props }: TimeZoneSelectProps) {
  const data = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <Select
      searchable
      allowDeselect={false}
      nothingFoundMessage="No time zone matches"
      maxDropdownHeight={280}
      // Mantine keeps a closed list mounted by default: four hundred hidden zones would be drawn again
      // on every keystroke anywhere in the settings form.
      comboboxProps={{ withinPortal: true, keepMounted: false }}
      {...props}
      data={data}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
    />
  );
}
