import http from "node:http";

// Route handlers in the App Router cannot see the TCP peer, and Next only fills X-Forwarded-For
// when a client did not send one, so without a trusted proxy that header is whatever the client
// says. This stamps the peer's address on each request in a header of our own, after removing
// any copy the client sent, so the rate limits key on an address nobody can choose.
export const PEER_HEADER = "x-rightsdesk-peer";

type Emit = (this: http.Server, event: string, ...args: unknown[]) => boolean;
const installed = Symbol.for("rightsdesk.peer-address");

export function recordPeerAddresses(): void {
  const proto = http.Server.prototype as unknown as { emit: Emit; [installed]?: true };
  if (proto[installed]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      delete req.headers[PEER_HEADER];
      const address = req.socket?.remoteAddress;
      if (address) req.headers[PEER_HEADER] = address;
    }
    return emit.call(this, event, ...args);
  };
  proto[installed] = true;
}
