import {
  IconBuildingWarehouse,
  IconClipboardList,
  IconHammer,
  IconSparkles,
  IconTool,
  IconTruck,
  IconTruckDelivery,
} from "@tabler/icons-react";
import type { ServiceRequestType } from "../../../gql/graphql";

const ICONS: Record<ServiceRequestType, typeof IconTool> = {
  DETAILING: IconSparkles,
  SERVICE: IconTool,
  REPAIR: IconHammer,
  DELIVERY: IconTruckDelivery,
  PICK_UP: IconTruck,
  STORAGE_CHANGE: IconBuildingWarehouse,
  OTHER: IconClipboardList,
};

export function RequestTypeIcon({ type, size = 20 }: { type: ServiceRequestType; size?: number }) {
  const Icon = ICONS[type];
  return <Icon size={size} />;
}
