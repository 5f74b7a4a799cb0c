import { BarChart } from "@mantine/charts";
import "@mantine/charts/styles.css";
import { Table, VisuallyHidden } from "@mantine/core";
import { dayLabel } from "@portico/web-core/time";
import type { AdoptionFunnelQuery } from "../../../gql/graphql";

type Week = AdoptionFunnelQuery["adoptionFunnel"]["weeks"][number];

const SERIES = [
  { name: "invited", label: "Invited", color: "blue.6" },
  { name: "delivered", label: "Delivered", color: "cyan.6" },
  { name: "opened", label: "Opened", color: "violet.6" },
  { name: "signedIn", label: "Signed in", color: "teal.6" },
] as const;

/**
 * The people first invited each week and how far they have got since, one group of bars a week in
 * the funnel's order. The same numbers sit in a table for screen readers.
 */
export function WeeklyChart({ weeks }: { weeks: Week[] }) {
  const data = weeks.map((week) => ({ ...week, week: dayLabel(week.weekStart, { weekday: false }) }));
  return (
    <>
      <BarChart
        h={380}
        data={data}
        dataKey="week"
        series={SERIES.map(({ name, label, color }) => ({ name, label, color }))}
        withLegend
        // In the funnel's order, not recharts' alphabetical one.
        legendProps={{ verticalAlign: "bottom", itemSorter: null }}
        barProps={{ radius: [3, 3, 0, 0] }}
        tickLine="none"
        gridAxis="x"
        yAxisProps={{ allowDecimals: false, width: 36 }}
        aria-hidden
      />
      <VisuallyHidden>
        <Table aria-label="People by week of first invite">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Week of</Table.Th>
              {SERIES.map((s) => (
                <Table.Th key={s.name}>{s.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((week) => (
              <Table.Tr key={week.weekStart}>
                <Table.Td>{week.week}</Table.Td>
                {SERIES.map((s) => (
                  <Table.Td key={s.name}>{week[s.name]}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </>
  );
}
