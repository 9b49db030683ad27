import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel title="Not found in your wallet">
      We could not find that wallet page. Your balance and history are on the wallet page.
    </NotFoundPanel>
  );
}
