import "server-only";
import http from "node:http";
import { PEER_ADDRESS_HEADER } from "../http/client-address";

const STAMPED = Symbol.for("stagepass.peerAddressStamp");

/**
 * Writes each request's socket address into its headers before Next.js sees
 * it (see lib/http/client-address.ts), overwriting a client-sent value. Wraps
 * `emit` of Node's HTTP servers once per process; the server `next start`
 * created is one of them.
 */
export function stampPeerAddress(): void {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: true };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "unknown";
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
