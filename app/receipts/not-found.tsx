import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  return <NotFoundPanel title="Receipt not found">This receipt does not exist or belongs to another account.</NotFoundPanel>;
}
