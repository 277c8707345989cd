// `npm run room-invite -- --room NAME --role editor|viewer --days 14`: prints an invite token alone on its last line,
// signed with the server's secret (--secret or SCRIPTSIDE_ROOM_SECRET).
import { parseArgs } from 'node:util';
import { InviteError, signInvite, type RoomRole } from './auth.ts';
import { RoomConfigError, readSecret } from './config.ts';

/** Default lifetime of an invite, in days. */
const DEFAULT_DAYS = 14;

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        room: { type: 'string' },
        role: { type: 'string', default: 'editor' },
        days: { type: 'string', default: String(DEFAULT_DAYS) },
        secret: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new RoomConfigError(
      `${(error as Error).message}. Usage: --room NAME --role editor|viewer --days 14`,
    );
  }
  if (!values.room)
    throw new RoomConfigError('--room NAME is required (the room is the shared script’s name).');
  const secret = readSecret(values.secret, process.env);
  const days = Number(values.days);
  const token = await signInvite(secret, { room: values.room, role: values.role as RoomRole, days });
  const expires = new Date(Date.now() + days * 86_400_000).toISOString();
  console.log(`Invite to room "${values.room}" as ${values.role}, valid until ${expires}:`);
  console.log(token);
}

main().catch((error: Error) => {
  console.error(error instanceof RoomConfigError || error instanceof InviteError ? error.message : error);
  process.exit(1);
});
