import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  return <NotFoundPanel title="Reservation not found">This reservation does not exist or belongs to another account.</NotFoundPanel>;
}
