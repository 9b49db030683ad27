import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel title="Booking not found">This booking does not exist, is not paid yet, or belongs to another account.</NotFoundPanel>
  );
}
