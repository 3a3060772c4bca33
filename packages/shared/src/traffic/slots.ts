/**
 * Slots: the two copies of an app that take turns serving traffic, each named (blue, green) and reached at an
 * address that is either `host:port` or `unix:/path/to.sock`.
 */

export type SlotAddress =
  { kind: 'tcp'; host: string; port: number; text: string } | { kind: 'unix'; path: string; text: string };

export interface Slot {
  name: string;
  /** Undefined only for the command target, whose scripts may not need one. */
  address: SlotAddress | undefined;
}

export const DEFAULT_SLOT_NAMES = ['blue', 'green'] as const;

const SLOT_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

/** Parses `host:port`, `[v6]:port` or `unix:/absolute/path`; throws an Error saying what was expected. */
export function parseSlotAddress(text: string): SlotAddress {
  const trimmed = text.trim();
  if (trimmed.startsWith('unix:')) {
    const socket = trimmed.slice('unix:'.length);
    if (!socket.startsWith('/') || /[\s;{}'"\\$`]/.test(socket)) {
      throw new Error(`'${text}' is not a unix socket address: expected unix:/absolute/path/to.sock`);
    }
    return { kind: 'unix', path: socket, text: `unix:${socket}` };
  }
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(\d{1,5})$/.exec(trimmed);
  const port = Number(match?.[2]);
  if (!match || port < 1 || port > 65535) {
    throw new Error(`'${text}' is neither host:port (such as 127.0.0.1:8081) nor unix:/path/to.sock`);
  }
  return { kind: 'tcp', host: match[1]!.replace(/^\[|\]$/g, ''), port, text: `${match[1]!}:${port}` };
}

/** The host part as it appears in a URL or an nginx `server` line (IPv6 in brackets). */
export function urlHost(address: Extract<SlotAddress, { kind: 'tcp' }>): string {
  return address.host.includes(':') ? `[${address.host}]` : address.host;
}

/**
 * Builds the two slots from a map of name to address (the `slots` input). Empty means blue and green without
 * addresses. Throws an Error naming the slot at fault.
 */
export function parseSlots(map: Record<string, unknown> | undefined, options: { addressRequired: boolean }): Slot[] {
  const entries = Object.entries(map ?? {});
  if (entries.length === 0) {
    if (options.addressRequired) {
      throw new Error(
        'is required for this target: a map of the two slots to their addresses, such as\n  blue: 127.0.0.1:8081\n  green: 127.0.0.1:8082',
      );
    }
    return DEFAULT_SLOT_NAMES.map((name) => ({ name, address: undefined }));
  }
  if (entries.length !== 2) {
    throw new Error(
      `expected exactly two slots (such as blue and green), got ${entries.length}: ${entries.map(([name]) => name).join(', ')}`,
    );
  }
  const slots = entries.map(([name, value]): Slot => {
    if (!SLOT_NAME.test(name)) {
      throw new Error(
        `slot name '${name}' must start with a lower-case letter and use only a-z, 0-9, '-' and '_' (at most 32)`,
      );
    }
    if (value === null || value === undefined || value === '') {
      if (options.addressRequired) throw new Error(`slot '${name}' needs an address (host:port or unix:/path)`);
      return { name, address: undefined };
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`slot '${name}': expected an address (host:port or unix:/path), got ${JSON.stringify(value)}`);
    }
    try {
      return { name, address: parseSlotAddress(String(value)) };
    } catch (error) {
      throw new Error(`slot '${name}': ${(error as Error).message}`, { cause: error });
    }
  });
  const [a, b] = slots as [Slot, Slot];
  if (a.address && b.address && a.address.text === b.address.text) {
    throw new Error(`slots '${a.name}' and '${b.name}' have the same address ${a.address.text}`);
  }
  return slots;
}

/** The other slot of the pair. */
export function otherSlot(slots: readonly Slot[], name: string | undefined): Slot {
  return slots.find((slot) => slot.name !== name)!;
}
