// The bench's stand-in for a mail provider, in a process of its own so that receiving mail does not
// share the sending instance's CPU: an SMTP server on 127.0.0.1 that accepts every message and
// reports to its parent how many arrived, and when the first and the last did (Date.now()).
import { SMTPServer } from "smtp-server";

let count = 0;
let first = 0;
let last = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    stream.on("end", () => {
      last = Date.now();
      first ||= last;
      count += 1;
      callback();
    });
    stream.resume();
  },
});
server.listen(0, "127.0.0.1", () => process.send({ port: server.server.address().port }));
setInterval(() => process.send({ count, first, last }), 200).unref();
process.on("disconnect", () => server.close(() => process.exit(0)));
