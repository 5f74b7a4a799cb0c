import { Loader, Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useCustomerPicker } from "../api/customer-picker";
import type { PickedCustomer } from "./event-form";

type Props = {
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  label: string;
  placeholder: string;
  description?: string;
  error?: React.ReactNode;
  withAsterisk?: boolean;
  clearable?: boolean;
  onBlur?: () => void;
};

/**
 * Customer picker for facilities with tens of thousands of customers: the server searches (name,
 * email or phone) as staff type, so the list never has to be loaded whole.
 */
export function CustomerSelect({
  value,
  onChange,
  label,
  placeholder,
  description,
  error,
  withAsterisk,
  clearable,
  onBlur,
}: Props) {
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState(value?.name ?? "");
  // Once a customer is picked the box shows their name; that is not a search.
  const typed = value && search === value.name ? "" : search;
  const [query] = useDebouncedValue(typed, 250);
  const { data, previousData, loading } = useCustomerPicker(query, !opened);
  const nodes = (data ?? previousData)?.customers.nodes ?? [];

  const emails = useMemo(() => new Map(nodes.map((n) => [n.id, n.email])), [nodes]);
  const options = useMemo(() => {
    const list = nodes.map((n) => ({ value: n.id, label: n.name }));
    // The picked customer stays an option so the box can keep showing their name.
    if (value && !list.some((o) => o.value === value.id)) list.unshift({ value: value.id, label: value.name });
    return list;
  }, [nodes, value]);

  return (
    <Select
      label={label}
      placeholder={placeholder}
      description={description}
      // A hint below the box keeps it level with the inputs beside it.
      inputWrapperOrder={["label", "input", "description", "error"]}
      error={error}
      withAsterisk={withAsterisk}
      searchable
      clearable={clearable}
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      onDropdownOpen={() => setOpened(true)}
      onBlur={onBlur}
      // The server already matched the search; Mantine's own filter would hide email and phone matches.
      filter={({ options: all }) => all}
      leftSection={<IconSearch size={16} />}
      rightSection={opened && loading ? <Loader size={16} aria-label="Searching customers" /> : undefined}
      nothingFoundMessage={loading ? "Searching…" : typed ? `No customers match “${typed}”` : "No customers yet"}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {emails.get(option.value) && (
            <Text size="xs" c="dimmed">
              {emails.get(option.value)}
            </Text>
          )}
        </Stack>
      )}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      checkIconPosition="right"
      allowDeselect={false}
      autoComplete="off"
    />
  );
}
