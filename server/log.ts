// The room server's log: one JSON line per event on stdout. Fields are room names, counts, codes and reasons; never
// a record's content (note text stays out of logs: a log file is read by people outside the room).

/** Logs `event` with `fields`. */
export type RoomLog = (event: string, fields?: Record<string, string | number | boolean | undefined>) => void;

/** A log that prints to stdout, each line tagged with the instance's `name`. */
export function createLog(
  name: string,
  write: (line: string) => void = (line) => console.log(line),
): RoomLog {
  return (event, fields = {}) =>
    write(JSON.stringify({ time: new Date().toISOString(), server: name, event, ...fields }));
}
