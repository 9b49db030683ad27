import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel title="Date not found">This date does not exist, has already taken place, or belongs to another concert.</NotFoundPanel>
  );
}
