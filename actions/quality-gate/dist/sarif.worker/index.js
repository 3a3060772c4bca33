import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ SarifWorkerSession),
  l: () => (/* binding */ serveSarifWorker)
});

;// CONCATENATED MODULE: ./packages/shared/src/action/errors.ts
/**
 * The one error a user can act on. `runAction` prints it as one `::error::` line, without a stack trace: it says
 * what was wrong, where, and what was expected. A parser throws it with the position it knows (a column in a
 * threshold, a line in a YAML document); the boundary that read the text adds the input or the file (`placed`).
 */
class UserError extends Error {
    /** What is wrong, without the place (to say it again in another context). */
    reason;
    place;
    constructor(reason, place = {}, options) {
        super(describeError(reason, place), options);
        this.name = 'UserError';
        this.reason = reason;
        this.place = place;
    }
    /** The same mistake with more of its place (the input or file it crossed in); `place` wins where both say. */
    at(place) {
        return new UserError(this.reason, { ...this.place, ...place });
    }
    /**
     * The same mistake as part of something larger: "`context`: reason". Its place was inside the smaller text
     * (a column in one threshold, a key path); `context` says where that text is, and only `place` remains.
     */
    within(context, place = {}) {
        return new UserError(`${context}: ${this.reason}`, place);
    }
}
/** A problem with an action input: names the input and the expected form. */
function inputError(input, reason) {
    return new UserError(reason, { input });
}
/** A problem with a file the user pointed us at: names the file and, where known, the line and column. */
function errors_fileError(file, reason, line, column) {
    return new UserError(reason, { file, line, column });
}
/** ['checks', 0, 'url'] -> 'checks[0].url' */
function formatPath(path) {
    if (path.length === 0)
        return '(top level)';
    return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
/**
 * The one wording of a mistake: `file:line:column: reason` for a file, `Input 'name': reason (line N of the
 * input)` for an input, the reason alone when the place is not known yet. A key path goes before the reason.
 */
function describeError(reason, place) {
    const said = place.path === undefined ? reason : `${formatPath(place.path)}: ${reason}`;
    const { file, input, line, column } = place;
    if (file !== undefined) {
        const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
        return `${where}: ${said}`;
    }
    if (input !== undefined)
        return `Input '${input}': ${said}${line === undefined ? '' : ` (line ${line} of the input)`}`;
    return said;
}
/**
 * `error` placed where it crossed in (an input or a file); an error already placed, or not a UserError (a bug,
 * an outage), goes on as it is.
 */
function placed(error, place) {
    if (!(error instanceof UserError) || error.place.input !== undefined || error.place.file !== undefined)
        return error;
    return error.at(place);
}
/** True for a UserError: the message is complete and a stack trace would add nothing. */
function isUserFacing(error) {
    return error instanceof UserError;
}

;// CONCATENATED MODULE: ./packages/shared/src/report/json.ts


/**
 * `JSON.parse` of one value read from `file` at `line`:`column`: a syntax error becomes a file error at the
 * error's own line and column in the file.
 */
function parseJsonAt(file, text, line, column) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /position (\d+)/.exec(message);
        let errLine = line;
        let errColumn = column;
        if (position) {
            const offset = Number(position[1]);
            const before = text.slice(0, offset);
            const newlines = before.split('\n').length - 1;
            errLine += newlines;
            errColumn = newlines === 0 ? column + offset : offset - before.lastIndexOf('\n');
        }
        throw errors_fileError(file, `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, errLine, errColumn);
    }
}
const enum_ = {
    value: 0, // a value is expected (top level, after ':', after ',' in an array)
    valueOrEnd: 1, // just after '['
    keyOrEnd: 2, // just after '{'
    key: 3, // after ',' in an object
    colon: 4,
    commaOrEnd: 5,
    done: 6,
};
const isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const isDelimiter = (c) => c === 44 || c === 125 || c === 93 || isSpace(c);
/**
 * Streams a JSON file and hands over only the selected values, so a report of any size is read with
 * memory bounded by its largest selected value. A small tokenizer tracks only nesting, strings and
 * keys; each selected slice is decoded by `JSON.parse` (fast, and it validates the slice).
 * Bad or truncated JSON becomes a file error with line and column.
 */
async function streamJson(file, options) {
    const { select, onValue } = options;
    const descend = options.descend ?? (() => true);
    const kinds = []; // 0 object, 1 array
    const path = [];
    let phase = enum_.value;
    let line = 1;
    let lineStart = 0; // absolute offset of the current line's first character
    let base = 0; // absolute offset of the current chunk
    // A value being collected (keep) or skipped (!keep).
    let capturing = false;
    let keep = false;
    let asText = false;
    let depth = 0;
    let primitive = false;
    let inString = false;
    let escapeNext = false;
    let parts = [];
    let captureLine = 0;
    let captureColumn = 0;
    // A key being read.
    let inKey = false;
    let keyParts = [];
    let sawAny = false;
    const fail = (message, at) => {
        throw fileError(file, `is not valid JSON: ${message}`, line, at - lineStart + 1);
    };
    /** Index of the closing quote at or after i, or -1 (then `escapeNext` tells if the chunk ended mid-escape). */
    const scanString = (s, from) => {
        let i = from;
        if (escapeNext) {
            escapeNext = false;
            i++;
        }
        for (;;) {
            const q = s.indexOf('"', i);
            if (q === -1) {
                let n = 0;
                for (let k = s.length - 1; k >= i && s.charCodeAt(k) === 92; k--)
                    n++;
                escapeNext = n % 2 === 1;
                return -1;
            }
            let n = 0;
            for (let k = q - 1; k >= i && s.charCodeAt(k) === 92; k--)
                n++;
            if (n % 2 === 0)
                return q;
            i = q + 1;
        }
    };
    /** Ends the value being collected; a promise when `onText` asked to pause. */
    const finishValue = () => {
        capturing = false;
        phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
        if (!keep)
            return;
        const text = parts.length === 1 ? parts[0] : parts.join('');
        parts = [];
        if (asText)
            return options.onText(text, path, captureLine, captureColumn);
        onValue(parseJsonAt(file, text, captureLine, captureColumn), path.slice());
    };
    let first = true;
    for await (const raw of readUtf8Chunks(file)) {
        let s = raw;
        if (first) {
            first = false;
            if (s.charCodeAt(0) === 0xfeff) {
                s = s.slice(1);
                base = 1;
                lineStart = 1;
            }
        }
        const n = s.length;
        let i = 0;
        // Where the value being collected starts in this chunk: at its opening character when it starts
        // here, so a value within one chunk is one slice (no join).
        let valueStart = -1;
        while (i < n) {
            if (capturing) {
                const captureStart = valueStart >= 0 ? valueStart : i;
                valueStart = -1;
                if (inString) {
                    const q = scanString(s, i);
                    if (q === -1) {
                        i = n;
                    }
                    else {
                        inString = false;
                        i = q + 1;
                        if (depth === 0) {
                            if (keep)
                                parts.push(s.slice(captureStart, i));
                            const paused = finishValue();
                            if (paused)
                                await paused;
                            continue;
                        }
                    }
                }
                if (primitive) {
                    while (i < n && !isDelimiter(s.charCodeAt(i)))
                        i++;
                    if (keep)
                        parts.push(s.slice(captureStart, i));
                    if (i < n) {
                        const paused = finishValue();
                        if (paused)
                            await paused;
                    }
                    continue;
                }
                let ended = false;
                for (; i < n; i++) {
                    const c = s.charCodeAt(i);
                    if (c === 34) {
                        const q = scanString(s, i + 1);
                        if (q === -1) {
                            inString = true;
                            i = n;
                            break;
                        }
                        i = q;
                    }
                    else if (c === 123 || c === 91) {
                        depth++;
                    }
                    else if (c === 125 || c === 93) {
                        if (--depth === 0) {
                            i++;
                            ended = true;
                            break;
                        }
                    }
                    else if (c === 10) {
                        line++;
                        lineStart = base + i + 1;
                    }
                }
                if (keep)
                    parts.push(s.slice(captureStart, i));
                if (ended) {
                    const paused = finishValue();
                    if (paused)
                        await paused;
                }
                continue;
            }
            if (inKey) {
                const q = scanString(s, i);
                if (q === -1) {
                    keyParts.push(s.slice(i));
                    i = n;
                    continue;
                }
                keyParts.push(s.slice(i, q));
                const rawKey = keyParts.join('');
                keyParts = [];
                inKey = false;
                path[path.length - 1] = rawKey.includes('\\') ? JSON.parse(`"${rawKey}"`) : rawKey;
                phase = enum_.colon;
                i = q + 1;
                continue;
            }
            const c = s.charCodeAt(i);
            if (isSpace(c)) {
                if (c === 10) {
                    line++;
                    lineStart = base + i + 1;
                }
                i++;
                continue;
            }
            const at = base + i;
            switch (phase) {
                case enum_.valueOrEnd:
                case enum_.value: {
                    if (phase === enum_.valueOrEnd && c === 93) {
                        kinds.pop();
                        path.pop();
                        phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
                        i++;
                        break;
                    }
                    sawAny = true;
                    const isContainer = c === 123 || c === 91;
                    if (!isContainer && c !== 34 && c !== 45 && !(c >= 48 && c <= 57) && c !== 116 && c !== 102 && c !== 110) {
                        fail(`unexpected '${s[i]}' where a value was expected`, at);
                    }
                    const selected = select(path);
                    if (selected !== false) {
                        keep = true;
                        asText = selected === 'text';
                        if (asText && options.onText === undefined)
                            throw new Error('streamJson: select() said "text" without onText');
                    }
                    else if (isContainer && descend(path)) {
                        kinds.push(c === 123 ? 0 : 1);
                        path.push(c === 123 ? '' : 0);
                        phase = c === 123 ? enum_.keyOrEnd : enum_.valueOrEnd;
                        i++;
                        break;
                    }
                    else {
                        keep = false;
                    }
                    capturing = true;
                    captureLine = line;
                    captureColumn = at - lineStart + 1;
                    parts = [];
                    primitive = !isContainer && c !== 34;
                    inString = c === 34;
                    depth = isContainer ? 1 : 0;
                    if (primitive)
                        break; // the scan starts at this character
                    valueStart = i;
                    i++;
                    break;
                }
                case enum_.keyOrEnd:
                case enum_.key:
                    if (phase === enum_.keyOrEnd && c === 125) {
                        kinds.pop();
                        path.pop();
                        phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
                        i++;
                        break;
                    }
                    if (c !== 34)
                        fail(`unexpected '${s[i]}' where a key was expected`, at);
                    inKey = true;
                    i++;
                    break;
                case enum_.colon:
                    if (c !== 58)
                        fail(`unexpected '${s[i]}' where ':' was expected`, at);
                    phase = enum_.value;
                    i++;
                    break;
                case enum_.commaOrEnd: {
                    const kind = kinds[kinds.length - 1];
                    if (c === 44) {
                        if (kind === 1) {
                            path[path.length - 1] = path[path.length - 1] + 1;
                            phase = enum_.value;
                        }
                        else {
                            phase = enum_.key;
                        }
                    }
                    else if ((c === 125 && kind === 0) || (c === 93 && kind === 1)) {
                        kinds.pop();
                        path.pop();
                        phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
                    }
                    else {
                        fail(`unexpected '${s[i]}' where ',' or '${kind === 0 ? '}' : ']'}' was expected`, at);
                    }
                    i++;
                    break;
                }
                case enum_.done:
                    fail(`unexpected '${s[i]}' after the end of the document`, at);
            }
        }
        // A value whose opening character ends the chunk: keep that character.
        if (valueStart >= 0 && keep)
            parts.push(s.slice(valueStart));
        base += n;
    }
    if (capturing && primitive && !inString) {
        await finishValue();
    }
    if (!sawAny)
        throw fileError(file, 'is not valid JSON: the file holds no value');
    if (phase !== enum_.done || capturing || inKey) {
        throw fileError(file, 'is not valid JSON: unexpected end of file (truncated?)', line, base - lineStart + 1);
    }
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/fingerprint.ts
/** Whitespace differences (reflowed messages) do not make a new finding. */
const normalizeMessage = (message) => 
// Test before replacing: almost no message needs it, and the replace allocates.
/\s\s|[\t\n\r\f\v]|^\s|\s$/.test(message) ? message.replace(/\s+/g, ' ').trim() : message;
/** What makes two findings the same finding (the line is left out on purpose, see above). */
const identityOf = (finding) => `${finding.tool}\u0000${finding.rule}\u0000${finding.file ?? ''}\u0000${finding.toolFingerprint ?? normalizeMessage(finding.message)}`;
/**
 * The fingerprint of a finding as if it were the first of its kind. The parallel SARIF reader computes it
 * in its workers; `withFingerprints` keeps it.
 */
const firstFingerprint = (finding) => fingerprintOf(identityOf(finding), 0);
/**
 * Turns raw findings into findings, in place (a report can hold hundreds of thousands: no copies).
 * The occurrence index counts identical findings in line order, so it does not depend on report order.
 */
function withFingerprints(raw) {
    // Hash every finding as if it were the first of its kind; only findings whose hash repeats (identical
    // findings) are numbered, in line order. Repeats are found with an open-addressing table keyed by the
    // hash's first 28 bits: a Map of 200,000 strings took 150 ms, this takes a few.
    const fingerprints = new Array(raw.length);
    for (let index = 0; index < raw.length; index++) {
        const finding = raw[index];
        fingerprints[index] = finding.fingerprint ??= firstFingerprint(finding);
    }
    const mask = slotCount(raw.length) - 1;
    const slots = new Int32Array(mask + 1).fill(-1);
    // Each slot's 28-bit key beside it: fingerprints are compared as text only when their keys are equal.
    const slotKeys = new Int32Array(mask + 1);
    /** Groups of repeats, by the index of their first finding. */
    const repeats = new Map();
    for (let index = 0; index < raw.length; index++) {
        const fingerprint = fingerprints[index];
        const key = hashPrefix(fingerprint);
        let slot = key & mask;
        for (;;) {
            const taken = slots[slot];
            if (taken === -1) {
                slots[slot] = index;
                slotKeys[slot] = key;
                break;
            }
            if (slotKeys[slot] === key && fingerprints[taken] === fingerprint) {
                const group = repeats.get(taken);
                if (group === undefined)
                    repeats.set(taken, [taken, index]);
                else
                    group.push(index);
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    for (const group of repeats.values()) {
        group.sort((a, b) => (raw[a].line ?? 0) - (raw[b].line ?? 0) || a - b);
        // The first keeps its fingerprint; each repeat's is made from it and its place, so the identity
        // itself (long, and made in a worker for large SARIF logs) is not needed again here.
        const first = fingerprints[group[0]];
        group.forEach((index, occurrence) => {
            raw[index].fingerprint = occurrence === 0 ? first : fingerprintOf(first, occurrence);
        });
    }
    // Only where set: adding the property to every finding would change 200,000 object shapes.
    for (const finding of raw)
        if (finding.toolFingerprint !== undefined)
            finding.toolFingerprint = undefined;
    return raw;
}
/** The first 28 bits of a hex fingerprint, from its character codes (no substring, no parseInt). */
function hashPrefix(fingerprint) {
    let value = 0;
    for (let index = 0; index < 7; index++) {
        const code = fingerprint.charCodeAt(index);
        value = (value << 4) | (code <= 57 ? code - 48 : (code | 32) - 87);
    }
    return value;
}
/** A power of two at least twice `count`: the table stays at most half full, so probes are short. */
function slotCount(count) {
    let size = 16;
    while (size < count * 2)
        size *= 2;
    return size;
}
/**
 * SHA-1 is enough for an identity (not a security boundary) and is the cheapest native hash here. crypto is
 * loaded by the first repeated finding, not by every run.
 */
const fingerprintOf = (base, occurrence) => process.getBuiltinModule('node:crypto').hash('sha1', `${base}\u0000${occurrence}`).slice(0, 24);

;// CONCATENATED MODULE: ./actions/quality-gate/src/model.ts
/**
 * The normalized model every report format is parsed into. The policy, the scope filters and
 * every report (annotations, check run, summary, merged SARIF) only ever see these types.
 */
const SEVERITIES = (/* unused pure expression or super */ null && (['critical', 'high', 'medium', 'low', 'info']));
const CATEGORIES = (/* unused pure expression or super */ null && ([
    'lint',
    'format',
    'type',
    'sast',
    'dependency',
    'container',
    'secret',
    'license',
    'test',
    'performance',
]));
/**
 * A finding with every property in place (the optional ones undefined) and always in the same order, so the
 * hundreds of thousands a large report yields share one object shape and every pass over them stays fast
 * (mixed shapes made each property read several times slower). Used where findings are made in bulk.
 */
function model_newFinding(tool, category, severity, rule, message) {
    return {
        tool,
        category,
        severity,
        rule,
        message,
        file: undefined,
        line: undefined,
        column: undefined,
        helpUri: undefined,
        toolFingerprint: undefined,
        // Filled in by withFingerprints (fingerprint.ts); present from the start for the same reason.
        fingerprint: undefined,
    };
}
const severityRank = (severity) => SEVERITIES.indexOf(severity);
const RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** Code-unit order: localeCompare is far too slow for 200,000 findings and need not be locale-aware here. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Worst first: critical before info; then by file and line so output is stable. */
function compareFindings(a, b) {
    return (RANK[a.severity] - RANK[b.severity] ||
        compareText(a.file ?? '\uffff', b.file ?? '\uffff') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        compareText(a.rule, b.rule));
}
function emptyReport(file, format) {
    return { file, format, findings: [], tests: [], metrics: [] };
}
/**
 * Orders worst first in place: by severity, and within a severity as the reports list them (tools write
 * them by file and line). A bucket pass, not a comparison sort: sorting 200,000 findings by path took seconds.
 */
function sortFindings(findings) {
    const buckets = SEVERITIES.map(() => []);
    for (const finding of findings)
        buckets[RANK[finding.severity]].push(finding);
    let index = 0;
    for (const bucket of buckets)
        for (const finding of bucket)
            findings[index++] = finding;
    return findings;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/finding-columns.ts
/**
 * Findings in columns, to move them between threads cheaply. Posting 200,000 finding objects costs the
 * receiving thread about as much as parsing the report did (structured clone rebuilds every property);
 * columns cost it a fraction: repeated strings (tool, rule, file…) travel once in a table, numbers in
 * typed arrays (transferred, not copied), and free text (messages, fingerprints) as one string sliced apart.
 */

const INDEX_FIELDS = 6;
const TEXT_FIELDS = 2;
function encodeFindings(findings) {
    const table = new Map();
    const strings = [];
    // Findings come in runs of one tool: the last string of each column is checked before the table.
    const lastValues = [];
    const lastIndexes = [];
    const indexOf = (column, value) => {
        if (value === undefined)
            return -1;
        if (value === lastValues[column])
            return lastIndexes[column];
        let index = table.get(value);
        if (index === undefined) {
            index = strings.length;
            strings.push(value);
            table.set(value, index);
        }
        lastValues[column] = value;
        lastIndexes[column] = index;
        return index;
    };
    const count = findings.length;
    const indexes = new Int32Array(count * INDEX_FIELDS);
    const numbers = new Float64Array(count * 2);
    const lengths = new Int32Array(count * TEXT_FIELDS);
    const texts = [];
    for (let i = 0; i < count; i++) {
        const finding = findings[i];
        const at = i * INDEX_FIELDS;
        indexes[at] = indexOf(0, finding.tool);
        indexes[at + 1] = indexOf(1, finding.category);
        indexes[at + 2] = indexOf(2, finding.severity);
        indexes[at + 3] = indexOf(3, finding.rule);
        indexes[at + 4] = indexOf(4, finding.file);
        indexes[at + 5] = indexOf(5, finding.helpUri);
        numbers[i * 2] = finding.line ?? Number.NaN;
        numbers[i * 2 + 1] = finding.column ?? Number.NaN;
        const textAt = i * TEXT_FIELDS;
        texts.push(finding.message, finding.fingerprint);
        lengths[textAt] = finding.message.length;
        lengths[textAt + 1] = finding.fingerprint.length;
    }
    return { count, strings, indexes, numbers, text: texts.join(''), lengths };
}
/** The findings back, each made by `newFinding` (one shape for all). */
function decodeFindings(columns) {
    const { count, strings, indexes, numbers, text, lengths } = columns;
    const findings = new Array(count);
    let offset = 0;
    const nextText = (length) => {
        const value = text.slice(offset, offset + length);
        offset += length;
        return value;
    };
    for (let i = 0; i < count; i++) {
        const at = i * INDEX_FIELDS;
        const textAt = i * TEXT_FIELDS;
        const message = nextText(lengths[textAt]);
        const fingerprint = nextText(lengths[textAt + 1]);
        const finding = newFinding(strings[indexes[at]], strings[indexes[at + 1]], strings[indexes[at + 2]], strings[indexes[at + 3]], message);
        finding.fingerprint = fingerprint;
        const file = indexes[at + 4];
        if (file >= 0)
            finding.file = strings[file];
        const line = numbers[i * 2];
        if (!Number.isNaN(line))
            finding.line = line;
        const column = numbers[i * 2 + 1];
        if (!Number.isNaN(column))
            finding.column = column;
        const helpUri = indexes[at + 5];
        if (helpUri >= 0)
            finding.helpUri = strings[helpUri];
        findings[i] = finding;
    }
    return findings;
}
/** The buffers `postMessage` can transfer instead of copying. */
const transferablesOf = (columns) => [
    columns.indexes.buffer,
    columns.numbers.buffer,
    columns.lengths.buffer,
];

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/json-util.ts
const asObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
const asArray = (value) => (Array.isArray(value) ? value : []);
const asString = (value) => typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
const asNumber = (value) => {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};
const asPositiveLine = (value) => {
    const line = asNumber(value);
    return line !== undefined && line >= 1 ? Math.trunc(line) : undefined;
};

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./packages/shared/src/report/paths.ts
/**
 * Report paths as repository paths. Every gate's reports name files their own way (absolute from the CI
 * machine or another one, file:// URIs, Windows separators, relative to a source root): `toRepoPath` turns one
 * into a workspace-relative path, and `RepositoryPathMapper` also matches it against the checkout's files.
 */


const DRIVE = /^[a-z]:\//i;
const isAbsolutePath = (value) => external_node_path_default().posix.isAbsolute(value) || DRIVE.test(value);
let lastWorkspace = '';
let lastRoot = '';
let lastRunnerRoot = '';
/** The workspace with forward slashes and no trailing slash; cached, as it is needed once per path. */
function rootOf(workspace) {
    if (workspace !== lastWorkspace) {
        lastWorkspace = workspace;
        lastRoot = workspace.replace(/\\/g, '/').replace(/\/+$/, '');
    }
    return lastRoot;
}
/** A file reference with the URI and the platform taken off: a plain path with forward slashes. */
function plainPath(reference) {
    let value = reference.trim();
    if (value.startsWith('file:///') && !value.includes('%') && !value.includes('?') && !value.includes('#')) {
        // The common case (ESLint's SARIF writes one per result): no URL parsing needed.
        value = value.slice(7);
    }
    else if (/^file:/i.test(value)) {
        try {
            value = (0,external_node_url_namespaceObject.fileURLToPath)(value);
        }
        catch {
            value = decodeURIComponent(value.replace(/^file:\/*/i, '/'));
        }
    }
    else if (/%[0-9a-f]{2}/i.test(value) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        try {
            value = decodeURIComponent(value);
        }
        catch {
            // Not percent-encoding after all: keep the text.
        }
    }
    if (value.includes('\\'))
        value = value.replace(/\\/g, '/');
    // normalize() only when there is something to normalize: it is costly on hundreds of thousands of paths.
    if (!/(^|\/)\.{1,2}(\/|$)|\/\//.test(value))
        return value;
    const drive = DRIVE.test(value) ? value.slice(0, 2) : '';
    return drive + external_node_path_default().posix.normalize(value.slice(drive.length)).replace(/^\.\//, '');
}
/** `value` (absolute) relative to the workspace, or to a GitHub runner's checkout; unchanged when neither. */
function relativeToWorkspace(value, workspace) {
    const root = rootOf(workspace);
    if (value === root)
        return '.';
    // Windows drive letters are case-insensitive: C:/a and c:/a are the same checkout.
    const inside = DRIVE.test(value)
        ? value.toLowerCase().startsWith(`${root.toLowerCase()}/`)
        : value.startsWith(`${root}/`);
    if (inside)
        return value.slice(root.length + 1);
    // Reports made on another machine: GitHub's runner layouts are known, so their paths still map.
    // A report names one root over and over: the last one matched is tried first, without the regex.
    if (lastRunnerRoot !== '' && value.length > lastRunnerRoot.length && value.startsWith(lastRunnerRoot)) {
        return value.slice(lastRunnerRoot.length);
    }
    const runner = /^((?:\/home\/runner\/work\/[^/]+\/[^/]+|\/github\/workspace|[a-z]:\/a\/[^/]+\/[^/]+)\/)(.+)$/i.exec(value);
    if (runner) {
        lastRunnerRoot = runner[1];
        return runner[2];
    }
    return value;
}
/**
 * A report's file reference as a repository path: forward slashes, relative to the workspace.
 * Accepts plain relative or absolute paths and file:// URIs (ESLint's SARIF writes file:///abs/path).
 * Paths outside the workspace are kept as they are: they still name the file for a human.
 */
function toRepoPath(reference, workspace) {
    const value = plainPath(reference);
    return isAbsolutePath(value) ? relativeToWorkspace(value, workspace) : value;
}
/**
 * Maps report paths onto the files of a checkout: `toRepoPath`, joined with the report's source roots, and
 * when no such file exists the repository file sharing the longest path suffix (JaCoCo's package paths,
 * reports made in another checkout), when it is unique.
 */
class RepositoryPathMapper {
    workspace;
    files;
    known;
    byBasename = new Map();
    /** `files`: repository-relative paths (forward slashes) of the checkout; empty when unknown. */
    constructor(workspace, files) {
        this.workspace = workspace;
        this.files = files;
        this.known = new Set(files);
        for (const file of files) {
            const base = file.slice(file.lastIndexOf('/') + 1);
            const list = this.byBasename.get(base);
            if (list)
                list.push(file);
            else
                this.byBasename.set(base, [file]);
        }
    }
    map(reference, options = {}) {
        const file = toRepoPath(reference, this.workspace);
        const resolved = options.resolve?.(file);
        const candidates = resolved === undefined ? [] : [resolved];
        if (!isAbsolutePath(file))
            for (const root of options.roots ?? [])
                candidates.push(toRepoPath(`${root}/${file}`, this.workspace));
        candidates.push(file);
        const usable = (candidate) => candidate !== '' && !candidate.startsWith('../');
        for (const candidate of candidates) {
            if (usable(candidate) && this.known.has(candidate))
                return { path: candidate, matched: true };
        }
        const bySuffix = this.matchSuffix(file);
        if (bySuffix)
            return { path: bySuffix, matched: true };
        // Unknown to the repository: keep the most useful form, and let the caller warn.
        const fallback = candidates.find((c) => usable(c) && !isAbsolutePath(c)) ?? file;
        return { path: fallback, matched: this.files.length === 0 && !isAbsolutePath(fallback) };
    }
    /** The repository file sharing the most trailing path segments with `file` (at least the name), if unique. */
    matchSuffix(file) {
        // Most paths have a plain last segment that no repository file is named like: nothing to split then.
        const last = file.slice(file.lastIndexOf('/') + 1);
        if (last !== '' && !/^[A-Za-z]:$/.test(last) && !this.byBasename.has(last))
            return undefined;
        const segments = file.split('/').filter((s) => s !== '' && !/^[A-Za-z]:$/.test(s));
        const base = segments[segments.length - 1];
        if (base === undefined)
            return undefined;
        const options = this.byBasename.get(base);
        if (!options)
            return undefined;
        let best;
        let bestScore = 0;
        let tie = false;
        for (const option of options) {
            const parts = option.split('/');
            let score = 0;
            while (score < parts.length &&
                score < segments.length &&
                parts[parts.length - 1 - score] === segments[segments.length - 1 - score])
                score++;
            if (score > bestScore) {
                best = option;
                bestScore = score;
                tie = false;
            }
            else if (score === bestScore) {
                tie = true;
            }
        }
        // A bare file name shared by several files is ambiguous; a longer shared suffix decides.
        return tie ? undefined : best;
    }
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/tools.ts
/**
 * The category of a tool's findings when the report itself does not say (SARIF, checkstyle).
 * Matched on the lower-cased tool name; a policy can override it per tool (`tools.<name>.category`).
 */
const TOOL_CATEGORIES = {
    eslint: 'lint',
    ruff: 'lint',
    pylint: 'lint',
    flake8: 'lint',
    'golangci-lint': 'lint',
    stylelint: 'lint',
    shellcheck: 'lint',
    hadolint: 'lint',
    tflint: 'lint',
    rubocop: 'lint',
    ktlint: 'lint',
    detekt: 'lint',
    checkstyle: 'lint',
    pmd: 'lint',
    markdownlint: 'lint',
    yamllint: 'lint',
    clippy: 'lint',
    actionlint: 'lint',
    black: 'format',
    isort: 'format',
    prettier: 'format',
    gofmt: 'format',
    rustfmt: 'format',
    tsc: 'type',
    typescript: 'type',
    mypy: 'type',
    pyright: 'type',
    codeql: 'sast',
    semgrep: 'sast',
    'semgrep oss': 'sast',
    bandit: 'sast',
    gosec: 'sast',
    brakeman: 'sast',
    njsscan: 'sast',
    checkov: 'sast',
    kics: 'sast',
    'npm-audit': 'dependency',
    'pip-audit': 'dependency',
    safety: 'dependency',
    'osv-scanner': 'dependency',
    'dependency-check': 'dependency',
    trivy: 'container',
    grype: 'container',
    'docker scout': 'container',
    gitleaks: 'secret',
    trufflehog: 'secret',
    'detect-secrets': 'secret',
    k6: 'performance',
};
/** A short, stable tool id from a report's tool name: "ESLint" -> "eslint", "Semgrep OSS" -> "semgrep". */
function toolId(name) {
    const lower = name.trim().toLowerCase();
    if (lower.startsWith('semgrep'))
        return 'semgrep';
    if (lower.startsWith('codeql'))
        return 'codeql';
    return lower.replace(/\s+/g, '-');
}
/** The category for a tool, or `fallback` when the tool is unknown. */
function toolCategory(tool, fallback) {
    return TOOL_CATEGORIES[tool] ?? fallback;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/map.ts
/**
 * One SARIF result as a finding, against its run's header (tool, rules, base URIs, artifacts): severity from
 * `security-severity` or the level, the rule found by index or id, messages from templates, suppressions, and
 * artifact locations resolved through `uriBaseId` chains to repository paths.
 */




function readRule(value) {
    const rule = asObject(value) ?? {};
    const properties = asObject(rule.properties) ?? {};
    const defaults = asObject(rule.defaultConfiguration) ?? {};
    const messageStrings = {};
    for (const [key, entry] of Object.entries(asObject(rule.messageStrings) ?? {})) {
        const text = asString(asObject(entry)?.text);
        if (text !== undefined)
            messageStrings[key] = text;
    }
    const securitySeverity = Number.parseFloat(String(properties['security-severity'] ?? ''));
    return {
        id: asString(rule.id),
        level: asString(defaults.level),
        securitySeverity: Number.isFinite(securitySeverity) ? securitySeverity : undefined,
        tags: asArray(properties.tags)
            .filter((tag) => typeof tag === 'string')
            .map((tag) => tag.toLowerCase()),
        messageStrings,
        helpUri: asString(rule.helpUri),
        shortDescription: asString(asObject(rule.shortDescription)?.text),
    };
}
/** Everything in a run but its results. */
function sarifRunContext(run, workspace) {
    const tool = asObject(run.tool) ?? {};
    const driver = asObject(tool.driver) ?? {};
    const name = toolId(asString(driver.name) ?? 'sarif');
    const rulesByIndex = asArray(driver.rules).map(readRule);
    const rulesById = new Map();
    for (const rule of rulesByIndex)
        if (rule.id !== undefined && !rulesById.has(rule.id))
            rulesById.set(rule.id, rule);
    const extensionRules = asArray(tool.extensions).map((extension) => asArray(asObject(extension)?.rules).map(readRule));
    for (const rules of extensionRules)
        for (const rule of rules)
            if (rule.id !== undefined && !rulesById.has(rule.id))
                rulesById.set(rule.id, rule);
    const baseUris = {};
    for (const [key, entry] of Object.entries(asObject(run.originalUriBaseIds) ?? {})) {
        const location = asObject(entry) ?? {};
        baseUris[key] = { uri: asString(location.uri), uriBaseId: asString(location.uriBaseId) };
    }
    const artifacts = asArray(run.artifacts).map((artifact) => asObject(asObject(artifact)?.location) ?? {});
    return {
        tool: name,
        category: toolCategory(name, 'lint'),
        rulesById,
        rulesByIndex,
        extensionRules,
        baseUris,
        artifactUris: artifacts.map((location) => asString(location.uri)),
        artifactBaseIds: artifacts.map((location) => asString(location.uriBaseId)),
        workspace,
        resolvedBases: new Map(),
    };
}
/**
 * GitHub code scanning's mapping of `security-severity` (a CVSS-like score on the rule):
 * over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
 */
function securitySeverityToSeverity(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score >= 0.1)
        return 'low';
    return 'info';
}
/** SARIF levels; `none` -> info. */
const LEVEL_SEVERITY = { error: 'high', warning: 'medium', note: 'low' };
/** Resolves a uriBaseId chain (SRCROOT -> file:///work/repo/) into one URI; unknown ids leave the URI relative. */
function resolveUri(context, uri, baseId, depth = 0) {
    if (baseId === undefined || depth > 10 || (uri.includes(':') && /^[a-z][a-z0-9+.-]*:/i.test(uri)))
        return uri;
    let resolvedBase = context.resolvedBases.get(baseId);
    if (resolvedBase === undefined) {
        const base = context.baseUris[baseId];
        if (base?.uri === undefined)
            return uri;
        resolvedBase = resolveUri(context, base.uri, base.uriBaseId, depth + 1);
        if (depth === 0)
            context.resolvedBases.set(baseId, resolvedBase);
    }
    if (resolvedBase === '')
        return uri;
    return resolvedBase.endsWith('/') ? resolvedBase + uri : `${resolvedBase}/${uri}`;
}
function findRule(context, result) {
    const ruleRef = asObject(result.rule);
    const refIndex = asNumber(ruleRef?.index) ?? asNumber(result.ruleIndex);
    const extensionIndex = asNumber(asObject(ruleRef?.toolComponent)?.index);
    if (refIndex !== undefined) {
        const rules = extensionIndex === undefined ? context.rulesByIndex : context.extensionRules[extensionIndex];
        const byIndex = rules?.[refIndex];
        if (byIndex !== undefined)
            return byIndex;
    }
    const id = asString(result.ruleId) ?? asString(ruleRef?.id);
    if (id === undefined)
        return undefined;
    // CodeQL writes "js/sql-injection/1" style sub-ids: fall back to the base id.
    return context.rulesById.get(id) ?? context.rulesById.get(id.split('/').slice(0, -1).join('/'));
}
/**
 * A SARIF plain-text message as a reader sees it: an embedded link `[text](1)` (to related location 1, as
 * CodeQL writes) is its text, one to a URI `text (uri)`; `\\[` and `\\]` are brackets.
 */
function plainMessage(text) {
    if (!text.includes('['))
        return text;
    return text
        .replace(/(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(([^)]*)\)/g, (_whole, label, target) => /^\d+$/.test(target) ? label : `${label} (${target})`)
        .replace(/\\([\\[\]])/g, '$1');
}
function messageText(result, rule) {
    const message = asObject(result.message) ?? {};
    const plain = asString(message.text);
    let text = plain === undefined ? asString(message.markdown) : plainMessage(plain);
    const id = asString(message.id);
    if (text === undefined && id !== undefined) {
        const template = rule?.messageStrings[id];
        text = template === undefined ? undefined : plainMessage(template);
    }
    text ??= rule?.shortDescription ?? '';
    if (!Array.isArray(message.arguments) || !text.includes('{'))
        return text;
    const args = message.arguments.map(String);
    return text.replace(/\{(\d+)\}/g, (whole, index) => args[Number(index)] ?? whole);
}
/** A `security-severity` on the result itself (some tools put it there rather than on the rule). */
function resultSecuritySeverity(result) {
    const text = asObject(result.properties)?.['security-severity'];
    if (text === undefined)
        return undefined;
    const score = Number.parseFloat(String(text));
    return Number.isFinite(score) ? score : undefined;
}
/** A result counts unless it is suppressed (accepted or status-less suppression, none rejected). */
function isSuppressed(result) {
    if (!Array.isArray(result.suppressions) || result.suppressions.length === 0)
        return false;
    const suppressions = result.suppressions.map((entry) => asString(asObject(entry)?.status));
    if (suppressions.some((status) => status === 'rejected' || status === 'underReview'))
        return false;
    return suppressions.some((status) => status === undefined || status === 'accepted');
}
function categoryFor(context, rule, hasSecuritySeverity) {
    const tags = rule?.tags ?? [];
    if (tags.includes('secret'))
        return 'secret';
    if (tags.includes('misconfiguration'))
        return 'sast';
    if (context.tool === 'trivy' && tags.includes('vulnerability'))
        return 'container';
    if (context.category === 'lint' && (hasSecuritySeverity || tags.includes('security')))
        return 'sast';
    return context.category;
}
/**
 * The tool's own fingerprint: `fingerprints` (stable ids) before `partialFingerprints` (hashes of the line),
 * the alphabetically first key of either, so the choice does not depend on key order.
 */
function toolFingerprint(result) {
    return firstByKey(asObject(result.fingerprints)) ?? firstByKey(asObject(result.partialFingerprints));
}
function firstByKey(source) {
    if (source === undefined)
        return undefined;
    let firstKey;
    for (const key in source)
        if (typeof source[key] === 'string' && (firstKey === undefined || key < firstKey))
            firstKey = key;
    return firstKey === undefined ? undefined : source[firstKey];
}
/**
 * The repository path of an artifact reference. Done after the run is read because a run may list
 * its base URIs and artifacts after its results.
 */
function resolveSarifFile(context, reference) {
    const { index } = reference;
    const uri = reference.uri ?? (index === undefined ? undefined : context.artifactUris[index]);
    const baseId = reference.uriBaseId ?? (index === undefined ? undefined : context.artifactBaseIds[index]);
    return uri === undefined ? undefined : toRepoPath(resolveUri(context, uri, baseId), context.workspace);
}
/** One result as a finding, or undefined when it does not count (suppressed, passed, absent from this run). */
function sarifResultToFinding(context, value) {
    const result = asObject(value);
    if (result === undefined)
        return undefined;
    if (isSuppressed(result))
        return undefined;
    if (result.baselineState === 'absent')
        return undefined;
    const kind = asString(result.kind) ?? 'fail';
    if (kind === 'pass' || kind === 'notApplicable')
        return undefined;
    const rule = findRule(context, result);
    // A result without a level inherits its rule's default; without either, SARIF says "warning".
    // Non-"fail" kinds (review, open, informational) default to "none".
    const level = asString(result.level) ?? (kind === 'fail' ? (rule?.level ?? 'warning') : 'none');
    const score = rule?.securitySeverity ?? resultSecuritySeverity(result);
    // GitHub applies security-severity only to results that are problems (level error/warning/note).
    const severity = score !== undefined && level !== 'none' ? securitySeverityToSeverity(score) : (LEVEL_SEVERITY[level] ?? 'info');
    const physical = asObject(asObject(asArray(result.locations)[0])?.physicalLocation);
    const artifact = asObject(physical?.artifactLocation);
    const region = asObject(physical?.region);
    const firstFingerprint = toolFingerprint(result);
    const finding = model_newFinding(context.tool, categoryFor(context, rule, score !== undefined), severity, asString(result.ruleId) ?? rule?.id ?? asString(asObject(result.rule)?.id) ?? 'unknown', messageText(result, rule));
    const location = artifact === undefined
        ? undefined
        : { uri: asString(artifact.uri), uriBaseId: asString(artifact.uriBaseId), index: asNumber(artifact.index) };
    const line = asNumber(region?.startLine);
    if (line !== undefined)
        finding.line = line;
    const column = asNumber(region?.startColumn);
    if (column !== undefined)
        finding.column = column;
    if (rule?.helpUri !== undefined)
        finding.helpUri = rule.helpUri;
    if (firstFingerprint !== undefined)
        finding.toolFingerprint = firstFingerprint;
    return { finding, location };
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/reader.ts


/** Where a SARIF log's results and run members are, for streamJson. */
const isSarifResult = (path) => path.length === 4 && path[0] === 'runs' && path[2] === 'results';
const isSarifRunMember = (path) => path.length === 3 && path[0] === 'runs' && path[2] !== 'results';
/** Only runs[i] and runs[i].results are walked into; everything else is skipped or taken whole. */
const descendSarif = (path) => path.length === 0 ||
    (path.length === 1 && path[0] === 'runs') ||
    (path.length === 2 && path[0] === 'runs') ||
    (path.length === 3 && path[0] === 'runs' && path[2] === 'results');
/** Run members that change how locations resolve: the context is rebuilt when one arrives. */
const LOCATION_MEMBERS = new Set(['tool', 'originalUriBaseIds', 'artifacts']);
class SarifReader {
    runIndex = -1;
    header = {};
    context;
    /** Results seen before their run's tool, each with the sink its finding goes to. */
    waiting = [];
    /** Findings (already in their sinks) whose file is known only when the run ends. */
    deferred = [];
    // Runs name the same files over and over: each distinct reference is resolved once per run.
    resolvedFiles = new Map();
    workspace;
    constructor(workspace) {
        this.workspace = workspace;
    }
    /** Whether some findings are not final yet (waiting for their run's tool, or for the run's end). */
    get pending() {
        return this.waiting.length > 0 || this.deferred.length > 0;
    }
    /** A member of run `runIndex` other than its results (tool, originalUriBaseIds, artifacts, invocations…). */
    member(runIndex, name, value) {
        this.enterRun(runIndex);
        this.header[name] = value;
        if (!LOCATION_MEMBERS.has(name) || asObject(this.header.tool) === undefined)
            return;
        this.context = sarifRunContext(this.header, this.workspace);
        this.resolvedFiles = new Map();
        const waiting = this.waiting;
        this.waiting = [];
        for (const { result, sink } of waiting)
            this.accept(this.context, result, sink);
    }
    /** One result of run `runIndex`: its finding, if it counts, is pushed to `sink` now or once its run's tool is known. */
    result(runIndex, value, sink) {
        this.enterRun(runIndex);
        if (this.context === undefined)
            this.waiting.push({ result: value, sink });
        else
            this.accept(this.context, value, sink);
    }
    /** The end of the log: the last run is finished and every finding is final. */
    finish() {
        this.finishRun();
        this.runIndex = -1;
    }
    enterRun(runIndex) {
        if (runIndex === this.runIndex)
            return;
        this.finishRun();
        this.runIndex = runIndex;
    }
    finishRun() {
        if (this.runIndex < 0)
            return;
        const complete = sarifRunContext(this.header, this.workspace);
        this.resolvedFiles = new Map();
        for (const { result, sink } of this.waiting)
            this.accept(complete, result, sink);
        for (const { finding, location } of this.deferred) {
            const resolved = this.resolve(complete, location);
            if (resolved !== undefined)
                finding.file = resolved;
        }
        this.header = {};
        this.context = undefined;
        this.waiting = [];
        this.deferred = [];
        this.resolvedFiles = new Map();
    }
    accept(context, result, sink) {
        const mapped = sarifResultToFinding(context, result);
        if (mapped === undefined)
            return;
        const { finding, location } = mapped;
        sink.push(finding);
        if (location === undefined)
            return;
        if (resolvableNow(context, location)) {
            const resolved = this.resolve(context, location);
            if (resolved !== undefined)
                finding.file = resolved;
        }
        else {
            // Kept in its place in the sink; its file is filled in when the run ends.
            this.deferred.push({ finding, location });
        }
    }
    resolve(context, location) {
        const scope = location.index === undefined ? (location.uriBaseId ?? '') : `${location.uriBaseId ?? ''}#${location.index}`;
        let cache = this.resolvedFiles.get(scope);
        if (cache === undefined)
            this.resolvedFiles.set(scope, (cache = new Map()));
        const uri = location.uri ?? '';
        let resolved = cache.get(uri);
        if (resolved === undefined && !cache.has(uri)) {
            resolved = resolveSarifFile(context, location);
            cache.set(uri, resolved);
        }
        return resolved;
    }
}
/** Whether everything the reference needs is already known (base ids and artifacts appear once per run). */
const resolvableNow = (context, location) => (location.uriBaseId === undefined || location.uriBaseId in context.baseUris) &&
    (location.index === undefined || location.index < context.artifactUris.length);

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/sarif.worker.ts




const isSarifWorkerData = (data) => typeof data === 'object' &&
    data !== null &&
    data.role === 'sarif-reader' &&
    typeof data.file === 'string' &&
    typeof data.workspace === 'string';
class SarifWorkerSession {
    reader;
    /** Batches taken in whose findings are not sent yet, in the order they came. */
    held = [];
    file;
    constructor(file, workspace) {
        this.file = file;
        this.reader = new SarifReader(workspace);
    }
    /**
     * Handles one message; returns the replies to send, in order (findings as objects: the worker loop puts
     * them in columns to post them). Throws a UserError placed in the file for a result that is not JSON.
     */
    handle(message) {
        const replies = [];
        switch (message.type) {
            case 'member':
                this.reader.member(message.run, message.name, message.value);
                break;
            case 'batch': {
                const findings = [];
                for (const result of this.parseBatch(message))
                    this.reader.result(message.run, result, findings);
                this.held.push({ seq: message.seq, findings });
                replies.push({ type: 'ack', seq: message.seq });
                break;
            }
            case 'end':
                this.reader.finish();
                break;
        }
        // Findings leave only when final: until then a later header may still change their files.
        if (!this.reader.pending && this.held.length > 0)
            replies.push(this.release());
        if (message.type === 'end')
            replies.push({ type: 'done' });
        return replies;
    }
    parseBatch(batch) {
        try {
            return JSON.parse(`[${batch.text}]`);
        }
        catch {
            // Find the result that is not JSON, and say where it is in the file.
            let offset = 0;
            for (let k = 0; k < batch.lengths.length; k++) {
                const length = batch.lengths[k];
                parseJsonAt(this.file, batch.text.slice(offset, offset + length), batch.lines[k], batch.columns[k]);
                offset += length + 1;
            }
            throw errors_fileError(this.file, 'is not valid JSON');
        }
    }
    release() {
        const seqs = [];
        const counts = [];
        const all = [];
        for (const { seq, findings } of this.held) {
            seqs.push(seq);
            counts.push(findings.length);
            for (const finding of findings) {
                // The tool's own fingerprint is part of this one; the columns leave it out.
                const fingerprinted = finding;
                fingerprinted.fingerprint = firstFingerprint(finding);
                all.push(fingerprinted);
            }
        }
        this.held = [];
        return { type: 'findings', seqs, counts, findings: all };
    }
}
/** The worker thread's loop: one session, replies posted as they are made; the first error ends the session. */
function serveSarifWorker(port, data) {
    const session = new SarifWorkerSession(data.file, data.workspace);
    let failed = false;
    port.on('message', (message) => {
        if (failed)
            return;
        try {
            for (const reply of session.handle(message)) {
                if (reply.type === 'findings') {
                    const columns = encodeFindings(reply.findings);
                    port.postMessage({ type: 'findings', seqs: reply.seqs, counts: reply.counts, columns }, transferablesOf(columns));
                }
                else {
                    port.postMessage(reply);
                }
            }
        }
        catch (error) {
            failed = true;
            port.postMessage({ type: 'error', error: sarif_worker_describeError(error) });
        }
    });
}
function sarif_worker_describeError(error) {
    if (error instanceof UserError && error.place.file !== undefined)
        return { file: error.place.file, reason: error.reason, line: error.place.line, column: error.place.column };
    return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
// The thread's entry: serve when this module is the worker bundle's entry (scripts/bundle.mjs builds it into
// dist/sarif.worker/index.js). Every run also imports it as a library, into the main bundle: there worker_threads
// is not even loaded.
if (import.meta.url.endsWith('/sarif.worker/index.js')) {
    const { isMainThread, parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
    if (!isMainThread && parentPort !== null && isSarifWorkerData(workerData))
        serveSarifWorker(parentPort, workerData);
}

var __webpack_exports__SarifWorkerSession = __webpack_exports__.A;
var __webpack_exports__serveSarifWorker = __webpack_exports__.l;
export { __webpack_exports__SarifWorkerSession as SarifWorkerSession, __webpack_exports__serveSarifWorker as serveSarifWorker };
