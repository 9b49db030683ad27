import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  return <NotFoundPanel title="Concert not found">This concert does not exist or has been removed.</NotFoundPanel>;
}
