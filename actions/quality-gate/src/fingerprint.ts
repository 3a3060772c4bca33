/**
 * Fingerprints for baselines. They leave out the line number so an accepted finding stays accepted
 * when code above it moves; identical findings in one file are told apart by their order.
 * A tool's own fingerprint (SARIF partialFingerprints, gitleaks Fingerprint) is preferred.
 */
import type { Finding, RawFinding } from './model.ts';

/** Whitespace differences (reflowed messages) do not make a new finding. */
const normalizeMessage = (message: string): string =>
  // Test before replacing: almost no message needs it, and the replace allocates.
  /\s\s|[\t\n\r\f\v]|^\s|\s$/.test(message) ? message.replace(/\s+/g, ' ').trim() : message;

/** What makes two findings the same finding (the line is left out on purpose, see above). */
const identityOf = (finding: RawFinding): string =>
  `${finding.tool}\u0000${finding.rule}\u0000${finding.file ?? ''}\u0000${finding.toolFingerprint ?? normalizeMessage(finding.message)}`;

/**
 * The fingerprint of a finding as if it were the first of its kind. The parallel SARIF reader computes it
 * in its workers; `withFingerprints` keeps it.
 */
export const firstFingerprint = (finding: RawFinding): string => fingerprintOf(identityOf(finding), 0);

/**
 * Turns raw findings into findings, in place (a report can hold hundreds of thousands: no copies).
 * The occurrence index counts identical findings in line order, so it does not depend on report order.
 */
export function withFingerprints(raw: RawFinding[]): Finding[] {
  // Hash every finding as if it were the first of its kind; only findings whose hash repeats (identical
  // findings) are numbered, in line order. Repeats are found with an open-addressing table keyed by the
  // hash's first 28 bits: a Map of 200,000 strings took 150 ms, this takes a few.
  const fingerprints = new Array<string>(raw.length);
  for (let index = 0; index < raw.length; index++) {
    const finding = raw[index] as RawFinding & { fingerprint?: string };
    fingerprints[index] = finding.fingerprint ??= firstFingerprint(finding);
  }
  const mask = slotCount(raw.length) - 1;
  const slots = new Int32Array(mask + 1).fill(-1);
  // Each slot's 28-bit key beside it: fingerprints are compared as text only when their keys are equal.
  const slotKeys = new Int32Array(mask + 1);
  /** Groups of repeats, by the index of their first finding. */
  const repeats = new Map<number, number[]>();
  for (let index = 0; index < raw.length; index++) {
    const fingerprint = fingerprints[index]!;
    const key = hashPrefix(fingerprint);
    let slot = key & mask;
    for (;;) {
      const taken = slots[slot]!;
      if (taken === -1) {
        slots[slot] = index;
        slotKeys[slot] = key;
        break;
      }
      if (slotKeys[slot] === key && fingerprints[taken] === fingerprint) {
        const group = repeats.get(taken);
        if (group === undefined) repeats.set(taken, [taken, index]);
        else group.push(index);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  for (const group of repeats.values()) {
    group.sort((a, b) => (raw[a]!.line ?? 0) - (raw[b]!.line ?? 0) || a - b);
    // The first keeps its fingerprint; each repeat's is made from it and its place, so the identity
    // itself (long, and made in a worker for large SARIF logs) is not needed again here.
    const first = fingerprints[group[0]!]!;
    group.forEach((index, occurrence) => {
      (raw[index] as Finding).fingerprint = occurrence === 0 ? first : fingerprintOf(first, occurrence);
    });
  }
  // Only where set: adding the property to every finding would change 200,000 object shapes.
  for (const finding of raw) if (finding.toolFingerprint !== undefined) finding.toolFingerprint = undefined;
  return raw as Finding[];
}

/** The first 28 bits of a hex fingerprint, from its character codes (no substring, no parseInt). */
function hashPrefix(fingerprint: string): number {
  let value = 0;
  for (let index = 0; index < 7; index++) {
    const code = fingerprint.charCodeAt(index);
    value = (value << 4) | (code <= 57 ? code - 48 : (code | 32) - 87);
  }
  return value;
}

/** A power of two at least twice `count`: the table stays at most half full, so probes are short. */
function slotCount(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

/**
 * SHA-1 is enough for an identity (not a security boundary) and is the cheapest native hash here. crypto is
 * loaded by the first repeated finding, not by every run.
 */
const fingerprintOf = (base: string, occurrence: number): string =>
  process.getBuiltinModule('node:crypto').hash('sha1', `${base}\u0000${occurrence}`).slice(0, 24);
