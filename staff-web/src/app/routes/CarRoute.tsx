import { useParams } from "react-router";
import { CarPage } from "../../features/cars/components/CarPage";

export default function CarRoute() {
  const { customerId = "", carId = "" } = useParams();
  // Keyed by id so moving between cars starts each page fresh (dialogs, uploads, lightbox).
  return <CarPage key={carId} customerId={customerId} carId={carId} />;
}
