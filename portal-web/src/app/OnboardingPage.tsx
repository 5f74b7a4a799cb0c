import { Alert, Badge, Button, Card, Container, Group, Skeleton, Stack, Stepper, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCircleCheck, IconCreditCard, IconFileText, IconUserCircle } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { NetworkErrorAlert } from "../components/NetworkErrorAlert";
import { PageTitle } from "../components/PageTitle";
import { usePortalBilling } from "../features/billing/api/portal-billing";
import { HowToPay } from "../features/billing/components/HowToPay";
import { PaymentMethodCard } from "../features/billing/components/PaymentMethodCard";
import { StripeReturnAlert } from "../features/billing/components/StripeReturnAlert";
import { useStripeReturn } from "../features/billing/components/stripe-return";
import { usePortalDocuments } from "../features/documents/api/portal-documents";
import { SignPanel } from "../features/documents/components/SignPanel";
import { useCompleteOnboarding } from "../features/onboarding/api/complete-onboarding";
import { usePortalProfile } from "../features/profile/api/portal-profile";
import { ProfileForm } from "../features/profile/components/ProfileForm";
import { portalError } from "../lib/errors";
import { useSections, useViewer } from "../lib/viewer";
import classes from "./OnboardingPage.module.css";

type Step = "contracts" | "payment" | "profile";

const stepLabels: Record<Step, { label: string; icon: typeof IconFileText }> = {
  contracts: { label: "Sign contracts", icon: IconFileText },
  payment: { label: "Payment", icon: IconCreditCard },
  profile: { label: "Your profile", icon: IconUserCircle },
};

function ContractsStep({ onNext }: { onNext: () => void }) {
  const { data, error, refetch } = usePortalDocuments();
  const documents = data?.portalDocuments.filter((d) => d.requiresSignature);
  if (!documents) {
    if (error) return <NetworkErrorAlert error={error} onRetry={() => refetch()} />;
    return <Skeleton height={240} radius="lg" />;
  }
  const unsigned = documents.filter((d) => !d.signature).length;
  return (
    <Stack gap="md">
      <Text c="dimmed">Read each document, then sign it by typing your full name.</Text>
      {documents.length === 0 && (
        <Card withBorder radius="lg" padding="lg">
          <Text size="sm">
            There's nothing to sign right now. If a contract arrives later, you'll find it in Documents.
          </Text>
        </Card>
      )}
      {documents.map((document) => (
        <Card key={document.id} withBorder radius="lg" padding="lg">
          <Group justify="space-between" mb={document.signature ? 0 : "md"} wrap="nowrap">
            <Text fw={650}>{document.title}</Text>
            {document.signature && (
              <Badge color="teal" variant="light" radius="sm" tt="none" leftSection={<IconCircleCheck size={14} />}>
                Signed
              </Badge>
            )}
          </Group>
          {!document.signature && (
            <SignPanel document={document} withBorder={false} onAlreadySigned={() => refetch()} />
          )}
        </Card>
      ))}
      <Group justify="space-between" mt="xs">
        <Text size="sm" c="dimmed">
          {unsigned > 0
            ? "You can also sign later from Documents."
            : documents.length > 0
              ? "All signed. Thank you!"
              : ""}
        </Text>
        <Button onClick={onNext}>{unsigned > 0 ? "Sign later" : "Continue"}</Button>
      </Group>
    </Stack>
  );
}

const cardWords = {
  confirming: "Saving your card… Stripe is confirming it.",
  confirmed: "Your card is saved. Thank you!",
  slow: "Stripe hasn't confirmed your card yet. You can go on: it will show in Billing once it has.",
  cancelled: "No card was saved. You can add one now or later from Billing.",
};

function PaymentStep({ onNext, last, busy }: { onNext: () => void; last: boolean; busy: boolean }) {
  const viewer = useViewer();
  const billingOn = useSections().has("BILLING");
  const query = usePortalBilling({ skip: !billingOn });
  const billing = query.data?.portalBilling;
  const cardReturn = useStripeReturn("setup", billing?.paymentMethodOnFile === true, query);
  if (billingOn && !billing) {
    if (query.error) return <NetworkErrorAlert error={query.error} onRetry={() => query.refetch()} />;
    return <Skeleton height={160} radius="lg" />;
  }
  const online = billing?.onlinePayments === true;
  const onFile = billing?.paymentMethodOnFile === true;
  return (
    <Stack gap="md">
      {!online && (
        <Text c="dimmed">
          {viewer.facility.name} takes payments outside the portal. When an invoice arrives, pay it the way they
          describe here.
        </Text>
      )}
      <StripeReturnAlert state={cardReturn} words={cardWords} />
      {online ? (
        <PaymentMethodCard
          onFile={onFile}
          card={billing?.savedCard}
          confirming={cardReturn === "confirming"}
          facilityName={viewer.facility.name}
          returnTo="WELCOME"
        />
      ) : (
        <HowToPay instructions={billing?.offlinePaymentInstructions ?? null} facilityName={viewer.facility.name} />
      )}
      <Group justify="flex-end">
        <Button onClick={onNext} loading={busy} variant={online && !onFile ? "default" : "filled"}>
          {online && !onFile ? "Add one later" : last ? "Done" : "Continue"}
        </Button>
      </Group>
    </Stack>
  );
}

function ProfileStep({ onDone, busy }: { onDone: () => void; busy: boolean }) {
  const viewer = useViewer();
  const { data, error, refetch } = usePortalProfile();
  if (!data) {
    if (error) return <NetworkErrorAlert error={error} onRetry={() => refetch()} />;
    return <Skeleton height={420} radius="lg" />;
  }
  return (
    <Stack gap="md">
      <Text c="dimmed">Check how the team can reach you, and choose what they email you about.</Text>
      <ProfileForm
        profile={data.portalProfile}
        facilityName={viewer.facility.name}
        submitLabel={busy ? "Finishing…" : "Save and finish"}
        allowUnchanged
        onSaved={onDone}
      />
    </Stack>
  );
}

/** After the first sign-in: the facility's onboarding steps, each of which can wait ("Skip for now"). */
export function OnboardingPage() {
  const viewer = useViewer();
  const sections = useSections();
  const navigate = useNavigate();
  const { data, error, refetch } = usePortalProfile();
  const [complete, { loading: completing }] = useCompleteOnboarding();
  const [params] = useSearchParams();
  const [active, setActive] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const { onboarding } = viewer.facility;
  const steps: Step[] = [];
  if (onboarding.signContracts && sections.has("DOCUMENTS")) steps.push("contracts");
  if (onboarding.addPaymentMethod) steps.push("payment");
  if (onboarding.completeProfile) steps.push("profile");

  // What is already done decides where a reopened welcome starts: the steps read the same queries.
  const documents = usePortalDocuments({ skip: !steps.includes("contracts") });
  const billingAsked = steps.includes("payment") && sections.has("BILLING");
  const billing = usePortalBilling({ skip: !billingAsked });
  const finished: Record<Step, boolean | undefined> = {
    contracts: documents.data
      ? documents.data.portalDocuments.every((d) => !d.requiresSignature || d.signature)
      : documents.error
        ? false
        : undefined,
    payment: !billingAsked
      ? false
      : billing.data
        ? billing.data.portalBilling.paymentMethodOnFile
        : billing.error
          ? false
          : undefined,
    // Saving the profile is what finishes the welcome, so it is never done before then.
    profile: false,
  };
  // Chosen once, when what is done is known: signing a contract on this visit must not move the page.
  const resumeAt = useRef<number | null>(null);
  if (resumeAt.current === null && steps.every((step) => finished[step] !== undefined)) {
    const firstUnfinished = steps.findIndex((step) => !finished[step]);
    resumeAt.current = firstUnfinished === -1 ? steps.length - 1 : firstUnfinished;
  }

  const finish = async (skipped: boolean) => {
    setFailure(null);
    try {
      await complete();
      notifications.show({
        color: "teal",
        title: skipped ? "You can finish these later" : "You're all set",
        message: skipped ? "Contracts and your profile are always in the menu." : `Welcome to ${viewer.facility.name}.`,
      });
      navigate("/", { replace: true });
    } catch (e) {
      setFailure(portalError(e).message);
    }
  };

  if (!data || resumeAt.current === null) {
    if (error) return <NetworkErrorAlert error={error} onRetry={() => refetch()} />;
    return <Skeleton height={400} radius="lg" />;
  }
  if (!data.portalProfile.onboardingPending || steps.length === 0) return <Navigate to="/" replace />;

  // Back from saving a card at Stripe: the payment step again, where its outcome shows. Otherwise
  // the first step not yet done.
  const current = active ?? (params.has("setup") ? Math.max(steps.indexOf("payment"), 0) : resumeAt.current);
  const next = () => {
    if (current < steps.length - 1) setActive(current + 1);
    else void finish(false);
  };
  const last = (i: number) => i === steps.length - 1;

  return (
    <Container size={760} px={0}>
      <PageTitle>Welcome</PageTitle>
      <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Welcome to {viewer.facility.name}
          </Title>
          <Text c="dimmed">
            {steps.length === 1 ? "One step" : `${steps.length} short steps`} to get your account ready.
          </Text>
        </Stack>
        <Button
          variant="subtle"
          color="gray"
          onClick={() => finish(true)}
          loading={completing}
          className={classes.skip}
        >
          Skip for now
        </Button>
      </Group>
      {failure && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} mb="md" role="alert">
          {failure}
        </Alert>
      )}
      <Stepper
        active={current}
        onStepClick={(step) => step < current && setActive(step)}
        allowNextStepsSelect={false}
        size="sm"
        classNames={{ steps: classes.steps, content: classes.content }}
      >
        {steps.map((step, i) => {
          const { label, icon: Icon } = stepLabels[step];
          return (
            <Stepper.Step key={step} label={label} icon={<Icon size={18} />} aria-label={label}>
              {/* Phones show the steps as icons only: the current one is named here. */}
              <Text size="sm" fw={650} mb="xs" hiddenFrom="xs">
                Step {i + 1} of {steps.length} · {label}
              </Text>
              {step === "contracts" && <ContractsStep onNext={next} />}
              {step === "payment" && <PaymentStep onNext={next} last={last(i)} busy={completing} />}
              {step === "profile" && <ProfileStep onDone={next} busy={completing} />}
            </Stepper.Step>
          );
        })}
      </Stepper>
    </Container>
  );
}
