import { useParams } from "react-router";
import { CustomerPage } from "../pages/CustomerPage";

export default function CustomerRoute() {
  const { id = "" } = useParams();
  // Keyed by id so moving between customers starts each page fresh (forms, dialogs, scroll).
  return <CustomerPage key={id} id={id} />;
}
