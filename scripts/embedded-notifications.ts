// LISTEN/NOTIFY for the embedded server. PGlite is one backend shared by every client, so it
// sends a NotificationResponse in the output of whichever client commits the NOTIFY, not to the
// client that asked to LISTEN. The router takes those messages out of each output stream and
// delivers them to the clients that listen on the channel, as a real server would.

const NOTIFICATION_RESPONSE = 0x41; // 'A'
const SIMPLE_QUERY = 0x51; // 'Q'
const HEADER_BYTES = 5; // type byte + int32 length (which counts itself, not the type byte)

type Writer = (data: Uint8Array) => void;

export class NotificationRouter {
  private readonly listeners = new Map<number, { channels: Set<string>; write: Writer }>();

  /** Notes LISTEN / UNLISTEN in a client's simple queries (node-postgres sends them that way). */
  observeClientMessage(handlerId: number, message: Uint8Array, write: Writer): void {
    if (message[0] !== SIMPLE_QUERY) return;
    const sql = Buffer.from(message.subarray(HEADER_BYTES)).toString("utf8");
    for (const [, verb, , name] of sql.matchAll(/\b(UNLISTEN|LISTEN)\s+("?)([\w*]+)\2/gi)) {
      const entry = this.listeners.get(handlerId) ?? { channels: new Set<string>(), write };
      entry.write = write;
      if (verb!.toUpperCase() === "LISTEN") entry.channels.add(name!);
      else if (name === "*") entry.channels.clear();
      else entry.channels.delete(name!);
      this.listeners.set(handlerId, entry);
    }
  }

  forget(handlerId: number): void {
    this.listeners.delete(handlerId);
  }

  /** A filter for one client's output stream that holds back NotificationResponse messages. */
  createStreamFilter(forward: Writer): StreamFilter {
    return new StreamFilter(forward);
  }

  /** Sends held-back notifications to their listeners; call between two clients' turns. */
  deliver(notifications: Uint8Array[]): void {
    for (const message of notifications) {
      const channel = readChannel(message);
      for (const { channels, write } of this.listeners.values()) {
        if (channels.has(channel)) write(message);
      }
    }
  }
}

/** Walks the backend's output message by message; passes everything but notifications through. */
export class StreamFilter {
  readonly notifications: Uint8Array[] = [];
  private phase: "type" | "length" | "body" = "type";
  private isDiverted = false; // the current message is a notification being held back
  private lengthBytes: number[] = [];
  private remaining = 0; // body bytes left in the current message
  private held: number[] = [];

  constructor(private readonly forward: Writer) {}

  push(chunk: Uint8Array): void {
    let passFrom = 0; // start of the run of bytes to pass through
    let i = 0;
    while (i < chunk.length) {
      if (this.phase === "type") {
        this.isDiverted = chunk[i] === NOTIFICATION_RESPONSE;
        if (this.isDiverted) {
          if (i > passFrom) this.forward(chunk.subarray(passFrom, i));
          this.held = [chunk[i]!];
        }
        this.lengthBytes = [];
        this.phase = "length";
        i += 1;
      } else if (this.phase === "length") {
        this.lengthBytes.push(chunk[i]!);
        if (this.isDiverted) this.held.push(chunk[i]!);
        i += 1;
        if (this.lengthBytes.length === 4) {
          this.remaining = Buffer.from(this.lengthBytes).readInt32BE(0) - 4;
          this.phase = "body";
        }
      } else {
        const take = Math.min(this.remaining, chunk.length - i);
        if (this.isDiverted) for (let k = i; k < i + take; k++) this.held.push(chunk[k]!);
        i += take;
        this.remaining -= take;
      }
      if (this.phase === "body" && this.remaining === 0) {
        if (this.isDiverted) {
          this.notifications.push(Uint8Array.from(this.held));
          this.held = [];
          passFrom = i;
        }
        this.isDiverted = false;
        this.phase = "type";
      }
    }
    if (!this.isDiverted && chunk.length > passFrom) this.forward(chunk.subarray(passFrom));
  }
}

/** NotificationResponse: 'A', int32 length, int32 sender pid, channel\0, payload\0. */
function readChannel(message: Uint8Array): string {
  const start = HEADER_BYTES + 4;
  const end = message.indexOf(0, start);
  return Buffer.from(message.subarray(start, end)).toString("utf8");
}
