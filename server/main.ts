// `npm run room-server`: starts a Scriptside room server. Options: --port (8787), --data (./room-data), --postgres
// URL, --redis URL, --secret (or SCRIPTSIDE_ROOM_SECRET); see the README's room-server section.
import { RoomConfigError, readConfig } from './config.ts';
import { createLog } from './log.ts';
import { startRoomServer } from './room-server.ts';
import { RoomStoreError } from './store/types.ts';

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2));
  const log = createLog(config.name);
  const server = await startRoomServer(config, log);
  // The harness and operators read this line to find the port (with --port 0).
  console.log(`Room server listening on ${server.url}`);
  const stop = () => {
    server.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`Room server did not stop cleanly: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  if (error instanceof RoomConfigError || error instanceof RoomStoreError) console.error(error.message);
  else console.error(`Room server failed to start: ${error.message}`);
  process.exit(1);
});
