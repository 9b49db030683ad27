import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  return <NotFoundPanel />;
}
