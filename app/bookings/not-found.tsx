import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  return <NotFoundPanel title="Booking not found">This booking does not exist or belongs to another account.</NotFoundPanel>;
}
