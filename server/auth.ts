// Room invites: a JWT (HS256, signed with the server's secret) that names one room, a role and an expiry. The same
// module signs them (`npm run room-invite`) and checks them (every connection to the room server).
import { SignJWT, errors, jwtVerify } from 'jose';

/** What a holder of an invite may do in its room: an editor writes, a viewer only reads. */
export type RoomRole = 'editor' | 'viewer';

export const ROOM_ROLES: readonly RoomRole[] = ['editor', 'viewer'];

/** The claims of a checked invite. `exp` is in seconds since the epoch, as JWTs have it. */
export interface RoomInvite {
  room: string;
  role: RoomRole;
  exp: number;
}

/** Why an invite was refused; `reason` is the sentence the server sends back to the client. */
export class InviteError extends Error {
  constructor(
    readonly code: 'malformed' | 'bad-signature' | 'expired' | 'other-room' | 'bad-claims',
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'InviteError';
  }
}

/** A secret shorter than this is refused: HS256 wants at least 256 bits of key. */
export const MIN_SECRET_LENGTH = 32;

/** Room names are document names and log fields: keep them short and printable. */
const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** True when `room` is a valid room name (letters, digits, `._:-`, at most 128 characters). */
export function isRoomName(room: string): boolean {
  return ROOM_NAME.test(room);
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs an invite to `room` with `role`, valid for `days` days from `now` (ms). */
export async function signInvite(
  secret: string,
  invite: { room: string; role: RoomRole; days: number },
  now = Date.now(),
): Promise<string> {
  if (!isRoomName(invite.room))
    throw new InviteError('bad-claims', `"${invite.room}" is not a valid room name.`);
  if (!ROOM_ROLES.includes(invite.role))
    throw new InviteError('bad-claims', `The role must be editor or viewer, not "${invite.role}".`);
  if (!(invite.days > 0))
    throw new InviteError('bad-claims', 'An invite must last a positive number of days.');
  const exp = Math.floor(now / 1000 + invite.days * 86_400);
  return new SignJWT({ room: invite.room, role: invite.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(exp)
    .sign(key(secret));
}

/**
 * Checks `token` for a connection to `room`: signature (HS256 with `secret` only), expiry, room and role.
 * Throws an InviteError whose reason says which check failed.
 */
export async function checkInvite(
  secret: string,
  token: string,
  room: string,
  now = Date.now(),
): Promise<RoomInvite> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key(secret), {
      algorithms: ['HS256'],
      currentDate: new Date(now),
      requiredClaims: ['exp'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new InviteError('expired', 'The invite has expired.');
    if (error instanceof errors.JWSSignatureVerificationFailed)
      throw new InviteError('bad-signature', 'The invite was not signed by this room server.');
    throw new InviteError('malformed', 'The token is not a valid room invite.');
  }
  const { room: invitedRoom, role, exp } = payload as Partial<RoomInvite>;
  if (typeof invitedRoom !== 'string' || typeof exp !== 'number' || !ROOM_ROLES.includes(role as RoomRole))
    throw new InviteError('bad-claims', 'The token is not a valid room invite.');
  if (invitedRoom !== room) throw new InviteError('other-room', 'The invite is for another room.');
  return { room: invitedRoom, role: role as RoomRole, exp };
}
