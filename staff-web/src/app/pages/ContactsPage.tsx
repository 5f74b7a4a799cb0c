import {
  Button,
  Center,
  CloseButton,
  EmptyState,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import {
  IconChevronLeft,
  IconChevronRight,
  IconFileImport,
  IconFilterOff,
  IconPlus,
  IconSearch,
  IconSearchOff,
  IconUpload,
  IconUsers,
} from "@tabler/icons-react";
import { Suspense, useEffect, useRef, useState } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import {
  LazyBulkInviteModal,
  preloadBulkInviteModal,
} from "../../features/bulk-invites/components/LazyBulkInviteModal";
import { RecentBulkInvites } from "../../features/bulk-invites/components/RecentBulkInvites";
import { SelectionBar } from "../../features/bulk-invites/components/SelectionBar";
import type { BulkInviteClosed, BulkInviteSource } from "../../features/bulk-invites/components/types";
import { useCustomerSelection } from "../../features/bulk-invites/components/use-selection";
import { PAGE_SIZE, useCustomers } from "../../features/customers/api/customers";
import { ArchivedCustomersList } from "../../features/customers/components/ArchivedCustomersList";
import { CustomersTable, CustomersTableSkeleton } from "../../features/customers/components/CustomersTable";
import { type ContactsView, contactsParams, readTrail } from "../../features/customers/components/contacts-navigation";
import { NewCustomerDialog } from "../../features/customers/components/NewCustomerDialog";
import { PortalStatusFilter } from "../../features/customers/components/PortalStatusFilter";
import {
  type PortalFilterKey,
  portalFilterLabels,
  portalStatesFor,
  readPortalFilter,
  writePortalFilter,
} from "../../features/customers/components/portal-filter";
import { useRefetchAt } from "../../lib/use-refetch-at";

export const SEARCH_DEBOUNCE_MS = 250;

export function ContactsPage() {
  // Search, filter and page changes are applied with flushSync, not as transitions: a transition
  // render would point the list query at the new variables while the committed screen still holds
  // the old ones, and the two renders hand the query back and forth until the network answers.
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const search = params.get("q") ?? "";
  const filter = readPortalFilter(params.get("status"));
  const status = writePortalFilter(filter);
  const after = params.get("after");
  // Archived customers are a view of their own: no search, filter or selection there.
  const archivedView = params.get("view") === "archived";
  const view = (change: Partial<ContactsView>) => contactsParams({ search, status, after, ...change });
  const trail = readTrail(location.state);
  const [newOpen, setNewOpen] = useState(false);
  const selection = useCustomerSelection();
  // Stays mounted after closing so the exit transition plays; a new key starts the next one fresh.
  const [bulk, setBulk] = useState<{ key: number; source: BulkInviteSource; opened: boolean } | null>(null);
  const openBulk = (source: BulkInviteSource) => setBulk((b) => ({ key: (b?.key ?? 0) + 1, source, opened: true }));

  const [text, setText] = useState(search);
  const pushed = useRef(search);
  // URL → box: Back/Forward change the search without typing.
  useEffect(() => {
    if (search !== pushed.current) {
      pushed.current = search;
      setText(search);
    }
  }, [search]);
  // Box → URL. A new search starts at the first page and replaces the history entry, so Back
  // leaves Contacts instead of replaying keystrokes. The status filter stays as it is.
  const pushSearch = (value: string) => {
    pushed.current = value;
    setParams(view({ search: value, after: null }), { replace: true, flushSync: true });
  };
  const pushWhenTypingPauses = useDebouncedCallback((value: string) => {
    if (value.trim() !== pushed.current) pushSearch(value.trim());
  }, SEARCH_DEBOUNCE_MS);
  const onType = (value: string) => {
    setText(value);
    pushWhenTypingPauses(value);
  };
  const applySearch = (value: string) => {
    pushWhenTypingPauses.cancel();
    setText(value);
    pushSearch(value);
  };

  // A new filter starts at the first page too, and replaces the history entry like a search does.
  const applyFilter = (keys: PortalFilterKey[]) => {
    setParams(view({ status: writePortalFilter(keys), after: null }), { replace: true, flushSync: true });
  };

  const showView = (archived: boolean) => {
    setParams(archived ? { view: "archived" } : {}, { flushSync: true });
  };

  const { data, previousData, loading, error, refetch } = useCustomers(search, portalStatesFor(filter), after, {
    skip: archivedView,
  });
  const page = (data ?? previousData)?.customers;
  const nodes = page?.nodes ?? [];
  useRefetchAt(
    nodes.map((n) => n.portalStatus.changesAt),
    refetch,
  );

  const typing = text.trim() !== search;
  const searching = typing || (loading && !!search);
  // While a new search or page loads, the previous rows stay up (dimmed) instead of a blank table.
  const stale = !data && !!previousData;
  const wanted = `${status}\n${search}`;
  const fresh = useRef(wanted);
  if (data) fresh.current = wanted;
  const filterLabels = portalFilterLabels(filter);
  const total = page ? countLabel(page.totalCount, page.totalCountIsLowerBound) : "";
  const subtitle = archivedView
    ? "Archived customers: hidden from lists, search and the portal until restored"
    : !page
      ? "\u00a0"
      : stale && fresh.current !== wanted
        ? "Searching…"
        : totalLabel(page.totalCount, total, search, filterLabels);

  const closeBulk = ({ started }: BulkInviteClosed) => {
    const fromSelection = bulk?.source.kind === "selection";
    setBulk((b) => b && { ...b, opened: false });
    if (!started) return;
    // The rows' new statuses come from the server; the selection has been used.
    void refetch();
    if (fromSelection) selection.clear();
  };

  const goNext = () => {
    if (!page?.pageInfo.endCursor) return;
    setParams(view({ after: page.pageInfo.endCursor }), {
      state: { trail: [...trail, after ?? ""] },
      flushSync: true,
    });
  };
  const goPrevious = () => {
    const previous = trail.at(-1) ?? "";
    setParams(view({ after: previous || null }), { state: { trail: trail.slice(0, -1) }, flushSync: true });
  };

  const pageKnown = !after || trail.length > 0;
  const first = trail.length * PAGE_SIZE + 1;
  const rangeLabel =
    page && nodes.length > 0
      ? pageKnown
        ? `${first.toLocaleString()}–${(first + nodes.length - 1).toLocaleString()} of ${total}`
        : `${nodes.length} of ${total}`
      : "";

  return (
    // Room below the list for the floating selection bar, so it never covers the pager.
    <Stack gap="lg" pb={selection.count > 0 ? 72 : undefined}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={1} className="page-title">
            Contacts
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite" data-testid="customers-total">
            {subtitle}
          </Text>
        </div>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconUpload size={18} />}
            onClick={() => openBulk({ kind: "csv" })}
            onMouseEnter={preloadBulkInviteModal}
            onFocus={preloadBulkInviteModal}
            title="Upload a CSV of customers to invite"
          >
            Bulk invite
          </Button>
          <Button variant="default" component={Link} to="/contacts/import" leftSection={<IconFileImport size={18} />}>
            Import customers
          </Button>
          <RecentBulkInvites onOpen={(jobId) => openBulk({ kind: "job", jobId })} onIntent={preloadBulkInviteModal} />
          <Button leftSection={<IconPlus size={18} />} onClick={() => setNewOpen(true)}>
            New customer
          </Button>
        </Group>
      </Group>

      <Group gap="sm" align="flex-start" wrap="wrap">
        <SegmentedControl
          aria-label="Which customers"
          size="md"
          value={archivedView ? "archived" : "active"}
          onChange={(value) => showView(value === "archived")}
          data={[
            { value: "active", label: "Active" },
            { value: "archived", label: "Archived" },
          ]}
        />
        {!archivedView && (
          <>
            <TextInput
              aria-label="Search customers"
              placeholder="Search by name, email or phone"
              leftSection={<IconSearch size={16} />}
              value={text}
              onChange={(e) => onType(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape" && text) applySearch("");
              }}
              rightSection={
                searching ? (
                  <Loader size={16} aria-label="Searching" />
                ) : text ? (
                  <CloseButton size="sm" aria-label="Clear search" onClick={() => applySearch("")} />
                ) : null
              }
              style={{ flex: "1 1 240px" }}
              maw={{ base: "100%", sm: 420 }}
              size="md"
              type="search"
              autoComplete="off"
            />
            <PortalStatusFilter value={filter} onChange={applyFilter} />
          </>
        )}
      </Group>

      {archivedView ? (
        <ArchivedCustomersList />
      ) : error && !page ? (
        <QueryErrorAlert title="Could not load customers" error={error} onRetry={refetch} />
      ) : !page || (stale && nodes.length === 0) ? (
        <Paper withBorder radius="md">
          <CustomersTableSkeleton selectable />
        </Paper>
      ) : nodes.length === 0 ? (
        <Paper withBorder radius="md" py={48} px="md" data-testid="customers-empty">
          {filter.length > 0 ? (
            <EmptyState
              icon={<IconFilterOff size={28} />}
              withIndicatorBackground
              title="No customers match these filters"
              description={
                search
                  ? `No one whose portal status is ${orList(filterLabels)} matches “${search}”.`
                  : `No one’s portal status is ${orList(filterLabels)} right now.`
              }
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={() => applyFilter([])}>
                  Clear filters
                </Button>
                {search && (
                  <Button variant="subtle" onClick={() => applySearch("")}>
                    Clear search
                  </Button>
                )}
              </EmptyState.Actions>
            </EmptyState>
          ) : search ? (
            <EmptyState
              icon={<IconSearchOff size={28} />}
              withIndicatorBackground
              title={`No customers match “${search}”`}
              description="Check the spelling, or search by part of an email address or phone number."
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={() => applySearch("")}>
                  Clear search
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <EmptyState
              variant="light"
              icon={<IconUsers size={28} />}
              title="No customers yet"
              description="Add your first customer, then invite them to the portal to see their cars, bills and documents."
            >
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={18} />} onClick={() => setNewOpen(true)}>
                  New customer
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </Paper>
      ) : (
        <Stack gap="sm">
          {error && <QueryErrorAlert title="Could not refresh customers" error={error} onRetry={refetch} />}
          <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
            <CustomersTable
              customers={nodes}
              busy={stale}
              origin={{ contactsSearch: location.search, trail }}
              selection={selection}
            />
          </Paper>
          {(after || page.pageInfo.hasNextPage) && (
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="dimmed">
                {rangeLabel}
              </Text>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconChevronLeft size={16} />}
                  disabled={!after}
                  onClick={goPrevious}
                >
                  {pageKnown ? "Previous" : "First page"}
                </Button>
                <Button
                  variant="default"
                  size="sm"
                  rightSection={<IconChevronRight size={16} />}
                  disabled={!page.pageInfo.hasNextPage}
                  onClick={goNext}
                >
                  Next
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      )}

      <NewCustomerDialog opened={newOpen} onClose={() => setNewOpen(false)} />

      <SelectionBar
        count={selection.count}
        hidden={bulk?.opened || archivedView}
        onInvite={() => openBulk({ kind: "selection", customerIds: selection.ids })}
        onClear={selection.clear}
        onIntent={preloadBulkInviteModal}
      />

      {bulk && (
        <Suspense
          fallback={
            <Center pos="fixed" inset={0} style={{ zIndex: 300 }} role="status" aria-label="Opening bulk invite">
              <Loader />
            </Center>
          }
        >
          <LazyBulkInviteModal key={bulk.key} source={bulk.source} opened={bulk.opened} onClose={closeBulk} />
        </Suspense>
      )}
    </Stack>
  );
}

/** "1,000+" when the server stopped counting at its cap. */
function countLabel(total: number, isLowerBound: boolean): string {
  return `${total.toLocaleString()}${isLowerBound ? "+" : ""}`;
}

function totalLabel(total: number, n: string, search: string, filterLabels: string[]): string {
  const count = search
    ? total === 1
      ? `1 customer matches “${search}”`
      : `${n} customers match “${search}”`
    : total === 1
      ? "1 customer"
      : `${n} customers`;
  return filterLabels.length ? `${count} · ${filterLabels.join(", ")}` : count;
}

/** "Bounced", "Bounced or In portal", "Not invited, Bounced or In portal". */
function orList(labels: string[]): string {
  if (labels.length < 2) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`;
}
