// A room invite as a user pastes it: the server address (one, or several separated by commas: the panel fails over
// between them) and the token `npm run room-invite` printed. The token's claims (room, role, expiry) are read here to
// show the user what they are joining; only the server checks the signature, so nothing here grants anything.

/** Why an invite cannot be used, as a sentence for the user. */
export class InviteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InviteError';
  }
}

export type RoomRole = 'editor' | 'viewer';

export interface Invite {
  /** WebSocket addresses (ws: or wss:), in the order they are tried. */
  servers: string[];
  token: string;
  /** The room's name: the Hocuspocus document name. */
  room: string;
  role: RoomRole;
  /** Expiry, ms since the epoch (the token's `exp`). */
  expiresAt?: number;
}

/** Limits on what an invite may hold (a pasted address list, a room name shown in the panel). */
export const INVITE_LIMITS = { servers: 8, tokenLength: 8_000, roomLength: 200 } as const;

/**
 * One server address as a WebSocket URL: ws:// and wss:// as given, http(s):// turned into ws(s)://, a bare
 * "host:port" read as ws:// (loopback) or wss:// (anywhere else, so a room's traffic is encrypted by default).
 */
export function serverUrl(raw: string): string {
  const text = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? text
    : `${/^(127\.|localhost\b|\[::1\])/i.test(text) ? 'ws' : 'wss'}://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new InviteError(`“${text.slice(0, 80)}” is not a server address.`);
  }
  const scheme = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[url.protocol];
  if (!scheme || !url.hostname)
    throw new InviteError(`“${text.slice(0, 80)}” is not a room server address (ws:// or wss://).`);
  if (url.username || url.password)
    throw new InviteError('A server address may not hold a user name or password.');
  url.protocol = scheme;
  return url.href.replace(/\/$/, '');
}

/** The origin pattern the browser's optional host permission is asked for, for one server address. */
export function permissionOrigin(server: string): string {
  const url = new URL(server);
  // Host permissions name http(s) origins; a WebSocket server's is the same host and port.
  const scheme = url.protocol === 'wss:' ? 'https:' : 'http:';
  return `${scheme}//${url.host}/*`;
}

function base64UrlJson(part: string): unknown {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The token's claims, unverified (the server verifies): room, role and expiry. */
export function readToken(token: string, now = Date.now()): Pick<Invite, 'room' | 'role' | 'expiresAt'> {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || token.length > INVITE_LIMITS.tokenLength)
    throw new InviteError(
      'The token is not a room invite: paste the last line `npm run room-invite` printed.',
    );
  let claims: unknown;
  try {
    claims = base64UrlJson(parts[1]);
  } catch {
    throw new InviteError('The token is damaged: paste the whole last line `npm run room-invite` printed.');
  }
  const c = claims as { room?: unknown; role?: unknown; exp?: unknown };
  if (
    typeof c !== 'object' ||
    c === null ||
    typeof c.room !== 'string' ||
    !c.room ||
    c.room.length > INVITE_LIMITS.roomLength
  )
    throw new InviteError('The token names no room.');
  if (c.role !== 'editor' && c.role !== 'viewer')
    throw new InviteError('The token gives no role (editor or viewer).');
  const expiresAt = typeof c.exp === 'number' ? c.exp * 1000 : undefined;
  if (expiresAt !== undefined && expiresAt <= now)
    throw new InviteError('This invite has expired: ask for a new one.');
  return { room: c.room, role: c.role, expiresAt };
}

/** Reads a pasted invite: server address(es) and token. Throws InviteError with a sentence. */
export function parseInvite(servers: string, token: string, now = Date.now()): Invite {
  const list = servers
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) throw new InviteError('Enter the room server’s address.');
  if (list.length > INVITE_LIMITS.servers)
    throw new InviteError(`At most ${INVITE_LIMITS.servers} server addresses, separated by commas.`);
  const urls = [...new Set(list.map(serverUrl))];
  if (!token.trim()) throw new InviteError('Paste the invite token.');
  return { servers: urls, token: token.trim(), ...readToken(token, now) };
}
