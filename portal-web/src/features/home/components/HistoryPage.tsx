import { Skeleton } from "@mantine/core";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import { useOrderHistory } from "../api/order-history";
import { HistoryList, NoHistory } from "./OrderHistory";

export function HistoryPage() {
  const { data, error, refetch } = useOrderHistory();
  const items = data?.portalOrderHistory;
  return (
    <>
      <PageHeader
        title="Order history"
        back={{ to: "/", label: "Home" }}
        description="Invoices and finished work, newest first"
      />
      {items ? (
        items.length === 0 ? (
          <NoHistory />
        ) : (
          <HistoryList items={items} />
        )
      ) : error ? (
        <QueryFailure error={error} onRetry={() => refetch()} />
      ) : (
        <Skeleton height={320} radius="lg" role="status" aria-label="Loading order history" />
      )}
    </>
  );
}
