import { createHash, timingSafeEqual } from "node:crypto";
import type { Socket } from "node:net";

// PGlite answers every startup message with AuthenticationOk, whatever the user and password. The
// embedded server asks for the password itself before the backend sees the connection: the
// startup message is held back, a password is requested (cleartext: the server listens on
// 127.0.0.1 only, where traffic cannot be read without the rights that read .data anyway), and
// only the right password releases the startup message to PGlite.

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const AUTH_TIMEOUT_MS = 10_000;

const digest = (text: string) => createHash("sha256").update(text).digest();

function authenticationCleartextPassword(): Buffer {
  const message = Buffer.alloc(9);
  message.write("R", 0, "latin1");
  message.writeInt32BE(8, 1);
  message.writeInt32BE(3, 5);
  return message;
}

function fatalError(sqlState: string, text: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${sqlState}\0M${text}\0\0`, "utf8");
  const message = Buffer.alloc(5 + fields.length);
  message.write("E", 0, "latin1");
  message.writeInt32BE(4 + fields.length, 1);
  fields.copy(message, 5);
  return message;
}

function readStartupUser(startup: Buffer): string {
  const parts = startup.subarray(8).toString("utf8").split("\0");
  const index = parts.indexOf("user");
  return index >= 0 ? (parts[index + 1] ?? "") : "";
}

/**
 * Runs the client's side of startup up to the password. Resolves with the startup message to hand
 * to PGlite once the client sent the right password; null when the client was refused (the socket
 * is then closed) or went away.
 */
export function authenticateClient(socket: Socket, password: string): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let buffer = Buffer.alloc(0);
    let startup: Buffer | null = null;
    const finish = (result: Buffer | null) => {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.off("close", onClose);
      resolve(result);
    };
    const refuse = (sqlState: string, text: string) => {
      socket.end(fatalError(sqlState, text));
      finish(null);
    };
    const timer = setTimeout(() => refuse("08P01", "authentication timed out"), AUTH_TIMEOUT_MS);
    const onClose = () => finish(null);

    function onData(chunk: Buffer) {
      buffer = Buffer.concat([buffer, chunk]);
      while (startup === null && buffer.length >= 8) {
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (length === 8 && (code === SSL_REQUEST || code === GSSENC_REQUEST)) {
          socket.write("N"); // no encryption on the loopback server; the client goes on in plain text
          buffer = buffer.subarray(8);
          continue;
        }
        if (code === CANCEL_REQUEST || length < 8 || length > 10_000) return refuse("08P01", "unsupported startup request");
        if (buffer.length < length) return;
        startup = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        socket.write(authenticationCleartextPassword());
      }
      if (startup === null || buffer.length < 5) return;
      if (buffer[0] !== 0x70) return refuse("08P01", "expected a password message"); // 'p'
      const length = buffer.readInt32BE(1);
      if (length < 5 || length > 10_000) return refuse("08P01", "invalid password message");
      if (buffer.length < 1 + length) return;
      const given = buffer
        .subarray(5, 1 + length)
        .toString("utf8")
        .replace(/\0$/, "");
      if (!timingSafeEqual(digest(given), digest(password))) {
        return refuse("28P01", `password authentication failed for user "${readStartupUser(startup)}"`);
      }
      finish(startup);
    }

    socket.on("data", onData);
    socket.on("close", onClose);
  });
}
