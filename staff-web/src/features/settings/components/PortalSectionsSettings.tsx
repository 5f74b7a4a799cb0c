import { Checkbox, SimpleGrid, Text } from "@mantine/core";
import type { PortalSection } from "../../../gql/graphql";
import { PORTAL_SECTIONS, type PortalSettingsFormApi } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";

/** Which sections of the portal customers see. */
export function PortalSectionsSettings({ form, readOnly }: { form: PortalSettingsFormApi; readOnly: boolean }) {
  const { sections } = form.values;
  const toggle = (section: PortalSection, on: boolean) =>
    form.setFieldValue("sections", on ? [...sections, section] : sections.filter((s) => s !== section));

  return (
    <SettingsSection
      id="sections-heading"
      title="Portal sections"
      description="What customers and their contacts see when they sign in. The server refuses the sections that are off, too."
    >
      <SimpleGrid
        cols={{ base: 1, sm: 2 }}
        spacing="md"
        verticalSpacing="md"
        role="group"
        aria-labelledby="sections-heading"
      >
        {PORTAL_SECTIONS.map((section) => (
          <Checkbox
            key={section.value}
            label={section.label}
            description={section.description}
            checked={sections.includes(section.value)}
            disabled={readOnly}
            onChange={(e) => toggle(section.value, e.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
      {sections.length === 0 && (
        <Text size="xs" c="orange.8" mt="md">
          With every section off, customers only see their home page and profile.
        </Text>
      )}
      {form.errors.sections && (
        <Text size="xs" c="red" mt="sm" role="alert">
          {form.errors.sections}
        </Text>
      )}
    </SettingsSection>
  );
}
