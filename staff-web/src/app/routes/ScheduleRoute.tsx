import { useDocumentTitle } from "@mantine/hooks";
import { SchedulePage } from "../../features/events/components/SchedulePage";

export default function ScheduleRoute() {
  useDocumentTitle("Schedule · Portico");
  return <SchedulePage />;
}
