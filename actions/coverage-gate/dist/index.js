import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5496:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(7282);
const utils = __nccwpck_require__(365);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 1225:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 4695:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(1225);
const utils = __nccwpck_require__(365);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 7282:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(843);
const parse = __nccwpck_require__(4695);
const utils = __nccwpck_require__(365);
const constants = __nccwpck_require__(1225);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 843:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(365);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(1225);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 365:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(1225);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 6116:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   ET: () => (/* binding */ buildBaseline),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6662);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4838);




function summarize(totals) {
    const out = {};
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb) {
        const p = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .percent */ .KN)(totals[metric]);
        if (p !== undefined)
            out[metric] = { ...totals[metric], percent: Math.round(p * 10000) / 10000 };
    }
    return out;
}
function buildBaseline(totals, groups, commit, ref, now = new Date()) {
    return {
        schema: 'coverage-gate/baseline@1',
        commit,
        ref,
        createdAt: now.toISOString(),
        totals: summarize(totals),
        groups: Object.fromEntries([...groups].map(([name, t]) => [name, summarize(t)])),
    };
}
async function writeBaseline(file, baseline) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
function percentages(value, file, where) {
    const out = {};
    if (typeof value !== 'object' || value === null)
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file, `${where} is not an object`);
    for (const [metric, entry] of Object.entries(value)) {
        if (!_model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb.includes(metric))
            continue;
        const p = entry.percent;
        if (typeof p !== 'number' || !Number.isFinite(p))
            throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file, `${where}.${metric}.percent is not a number`);
        out[metric] = p;
    }
    return out;
}
/** Reads a baseline; undefined when the file does not exist (first run, expired artifact). */
async function readBaseline(file, root = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__/* .workspaceDir */ .zf)()) {
    // Resolved in the workspace, symbolic links included; never quoted when it does not parse.
    const read = await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__/* .readUserFile */ .E1)('baseline', node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file) || file, { root, optional: true });
    if (!read)
        return undefined;
    const data = ((0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonFile */ .OW)(read.text, file, "is not a coverage-gate baseline; expected one written by coverage-gate's baseline-out") ?? {});
    if (data.schema !== 'coverage-gate/baseline@1') {
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file, `is not a coverage-gate baseline (schema '${String(data.schema)}'); write it with the baseline-out input`);
    }
    const groups = {};
    for (const [name, value] of Object.entries(data.groups ?? {}))
        groups[name] = percentages(value, file, `groups.${name}`);
    return { file, commit: String(data.commit ?? ''), totals: percentages(data.totals, file, 'totals'), groups };
}


/***/ }),

/***/ 3870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ collect)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(5396);
// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(6774);
;// CONCATENATED MODULE: ./packages/shared/src/exec/exec.ts
/**
 * Runs a command from an argument array — never a shell string built from
 * inputs — with a timeout, captured output and secrets masked. A user who
 * wants a shell asks for it explicitly: runCommand('bash', ['-c', script]).
 */


/** Masks every secret (longest first, so overlapping secrets are fully hidden). */
function maskSecrets(text, secrets) {
    let masked = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
        masked = masked.split(secret).join('***');
    }
    return masked;
}
class Capture {
    chunks = [];
    size = 0;
    truncated = false;
    limit;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.limit && this.chunks.length > 1) {
            this.size -= this.chunks.shift().length;
            this.truncated = true;
        }
    }
    text() {
        const text = Buffer.concat(this.chunks).toString('utf8');
        return this.truncated ? `[… earlier output omitted …]\n${text}` : text;
    }
}
/**
 * Runs `command` with `args`. Resolves with the exit code whatever it is;
 * rejects with a UserError only when the command cannot start at all.
 */
function runCommand(command, args, options = {}) {
    const secrets = options.secrets ?? [];
    for (const secret of secrets)
        if (secret)
            core.setSecret(secret);
    const limit = options.maxOutputBytes ?? 4 * 1024 * 1024;
    const started = performance.now();
    return new Promise((resolve, reject) => {
        // child_process (and the net and dgram it loads) on first use: most runs of a gate start no process.
        const { spawn } = process.getBuiltinModule('node:child_process');
        const child = spawn(command, [...args], {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true,
            shell: false,
        });
        const stdout = new Capture(limit);
        const stderr = new Capture(limit);
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, options.timeoutMs);
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            if (options.echo)
                process.stdout.write(maskSecrets(chunk.toString('utf8'), secrets));
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            if (options.echo)
                process.stdout.write(maskSecrets(chunk.toString('utf8'), secrets));
        });
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            const why = error.code === 'ENOENT'
                ? 'not found (is it installed and on PATH?)'
                : error.code === 'EACCES'
                    ? 'not executable'
                    : error.message;
            reject(new errors/* UserError */.yo(`Command '${command}' cannot start: ${why}`));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                command,
                args: [...args],
                exitCode: code ?? (signal ? 128 : 1),
                signal,
                stdout: maskSecrets(stdout.text(), secrets),
                stderr: maskSecrets(stderr.text(), secrets),
                timedOut,
                durationMs: performance.now() - started,
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}

// EXTERNAL MODULE: ./packages/shared/src/github/client.ts
var github_client = __nccwpck_require__(5081);
// EXTERNAL MODULE: ./packages/shared/src/github/context.ts
var github_context = __nccwpck_require__(2839);
;// CONCATENATED MODULE: ./packages/shared/src/diff/changed-lines.ts
/**
 * The lines a pull request adds or changes, per repository-relative file: from `git diff` against the
 * merge base when the checkout has the history (exact, rename-aware), else from the PR files API
 * (limited by GitHub: 3000 files, no patch for large or binary files).
 */




const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Undoes git's C-style quoting of unusual paths ("a\\tb", octal UTF-8 bytes). */
function unquoteGitPath(text) {
    if (!text.startsWith('"'))
        return text;
    const bytes = [];
    const body = text.slice(1, -1);
    const escapes = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '\\': 92, '"': 34 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(escapes[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function addRange(lines, file, start, count) {
    if (count <= 0)
        return;
    let set = lines.get(file);
    if (!set) {
        set = new Set();
        lines.set(file, set);
    }
    for (let l = start; l < start + count; l++)
        set.add(l);
}
/**
 * Parses `git diff --unified=0` output: every line of a hunk's new side is added or changed.
 * A rename without edits yields no lines; a renamed file with edits is keyed by its new path.
 */
function parseUnifiedDiff(diff) {
    const lines = new Map();
    let file;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).replace(/\t$/, '');
            const unquoted = unquoteGitPath(target);
            file = unquoted === '/dev/null' ? undefined : unquoted.replace(/^[a-z]\//, '');
            continue;
        }
        if (line.startsWith('diff --git ')) {
            file = undefined;
            continue;
        }
        if (file === undefined)
            continue;
        const hunk = HUNK.exec(line);
        if (hunk)
            addRange(lines, file, Number(hunk[1]), hunk[2] === undefined ? 1 : Number(hunk[2]));
    }
    return lines;
}
/** Added lines of one file from a patch with context (the PR files API's `patch`). */
function parsePatch(patch) {
    const added = new Set();
    let next = 0;
    for (const line of patch.split('\n')) {
        const hunk = HUNK.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (next === 0)
            continue;
        const mark = line[0];
        if (mark === '+')
            added.add(next++);
        else if (mark === ' ' || mark === undefined)
            next++;
        // '-' lines and "\ No newline at end of file" do not advance the new side
    }
    return added;
}
/**
 * Changed lines from the local history; undefined when the history is missing (shallow clone,
 * base commit absent, not a git repository) so the caller can fall back to the API.
 */
async function changedLinesFromGit(options) {
    const head = options.head || 'HEAD';
    const git = (args) => runCommand('git', ['-c', 'core.quotePath=false', ...args], { cwd: options.cwd, timeoutMs: 120_000 });
    const mergeBase = await git(['merge-base', options.base, head]).catch(() => undefined);
    if (!mergeBase || mergeBase.exitCode !== 0)
        return undefined;
    const diff = await git([
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--unified=0',
        '-M',
        '--diff-filter=d',
        mergeBase.stdout.trim(),
        head,
        '--',
    ]);
    if (diff.exitCode !== 0)
        return undefined;
    return { lines: parseUnifiedDiff(diff.stdout), source: 'git', incomplete: [], notes: [] };
}
/** GitHub lists at most 3000 files of a pull request. */
const API_FILE_LIMIT = 3000;
/** Changed lines from the PR files listing (its patches); files without a patch are listed as incomplete. */
function changedLinesFromFiles(files) {
    const lines = new Map();
    const incomplete = [];
    for (const file of files) {
        if (file.status === 'removed')
            continue;
        if (file.patch === undefined) {
            // Renames without edits have no patch and no changed lines; big or binary files have no patch either.
            if (file.status !== 'renamed')
                incomplete.push(file.filename);
            continue;
        }
        const added = parsePatch(file.patch);
        if (added.size > 0)
            lines.set(file.filename, added);
    }
    const notes = [];
    if (files.length >= API_FILE_LIMIT)
        notes.push(`GitHub lists only the first ${API_FILE_LIMIT} files of a pull request; later files are not checked.`);
    if (incomplete.length > 0)
        notes.push(`${incomplete.length} file(s) have no patch in the API (too large or binary): their changed lines are unknown.`);
    return { lines, source: 'api', incomplete, notes };
}
/** Changed lines of a pull request through the API (all pages, up to GitHub's 3000-file limit). */
async function changedLinesFromApi(client, pr) {
    const files = (await client.paginate(client.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.pullNumber,
        per_page: 100,
    }));
    const result = changedLinesFromFiles(files);
    result.notes.unshift('Changed lines come from the GitHub API (no local history: use actions/checkout with fetch-depth: 0 for an exact, rename-aware diff).');
    return result;
}
/**
 * The lines a change adds or modifies: `git diff` against the merge base when the checkout has the
 * history (exact and rename-aware), else the pull request's files from the API.
 */
async function findChangedLines(source) {
    if (source.base) {
        const fromGit = await changedLinesFromGit({ cwd: source.cwd, base: source.base });
        if (fromGit)
            return { found: fromGit };
    }
    const noHistory = source.base
        ? `git could not find the merge base of ${source.base} and HEAD (check out with fetch-depth: 0)`
        : 'there is no base commit to diff against';
    if (source.pullNumber === undefined || !source.repo)
        return { unavailable: `${noHistory}, and this is not a pull request` };
    if (!source.client)
        return { unavailable: `${noHistory}, and there is no token to ask the GitHub API` };
    try {
        return {
            found: await changedLinesFromApi(await (0,github_client/* resolveGitHubClient */.Z7)(source.client), {
                ...source.repo,
                pullNumber: source.pullNumber,
            }),
        };
    }
    catch (error) {
        return {
            unavailable: `${noHistory}, and the pull request's files could not be listed: ${(0,github_client/* describeWriteFailure */.jg)(error, 'pull-requests: read')}`,
        };
    }
}
/**
 * The changed lines of this run's pull request (or against `base`), or why they cannot be known: every gate asks
 * through here, and decides itself whether not knowing them is a warning or a failure.
 */
async function changedLinesOfRun(request) {
    const context = request.context ?? (0,github_context/* readRunContext */.$)();
    return findChangedLines({
        cwd: request.workspace,
        base: request.base,
        repo: context.repo,
        pullNumber: request.pullNumber ?? context.pullRequest?.number,
        client: request.client,
    });
}
/** The changed lines when `purpose` cannot do without them: a UserError saying why they are unknown otherwise. */
async function requireChangedLines(request, purpose) {
    const changed = await changedLinesOfRun(request);
    if ('found' in changed)
        return changed.found;
    throw new UserError(`${purpose} needs the changed lines of the pull request: ${changed.unavailable}`);
}

;// CONCATENATED MODULE: ./packages/shared/src/github/pull-request.ts
/**
 * The pull request a gate reports on and the commit its check run belongs to, in the three ways a gate runs:
 * on the pull request itself, in the `workflow_run` pattern for fork pull requests (a second workflow with a
 * write token, told the PR by `pr-number` or by the run's payload), or on a push.
 */


/**
 * `prNumber` (an input) wins over the event. In a `workflow_run` run the head commit is the triggering run's
 * (`workflow_run.head_sha`): GitHub leaves `pull_requests` empty for forks, hence `pr-number`. When a PR is
 * named by `prNumber` alone (e.g. `workflow_dispatch`), its head commit is read from the API.
 */
async function pullRequestTarget(context, prNumber, client) {
    const workflowRun = context.payload['workflow_run'];
    const fromRun = workflowRun?.pull_requests?.find((pr) => typeof pr.number === 'number');
    const number = prNumber ?? context.pullRequest?.number ?? fromRun?.number;
    if (number === undefined)
        return { number, headSha: workflowRun?.head_sha || context.sha };
    if (context.pullRequest?.number === number && context.pullRequest.headSha)
        return { number, headSha: context.pullRequest.headSha };
    if (workflowRun?.head_sha)
        return { number, headSha: workflowRun.head_sha };
    if (client && context.repo) {
        try {
            const { data } = await (await (0,github_client/* resolveGitHubClient */.Z7)(client)).rest.pulls.get({ ...context.repo, pull_number: number });
            const sha = data?.head?.sha;
            if (typeof sha === 'string' && sha !== '')
                return { number, headSha: sha };
        }
        catch (error) {
            core.warning(`Could not read pull request #${number}: ${(0,github_client/* describeWriteFailure */.jg)(error, 'pull-requests: read')}. The check run goes on ${context.sha || 'the run commit'}.`);
        }
    }
    return { number, headSha: context.sha };
}

// EXTERNAL MODULE: ./actions/coverage-gate/src/baseline.ts
var src_baseline = __nccwpck_require__(6116);
// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(5496);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
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
            value = (0,external_node_url_.fileURLToPath)(value);
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

// EXTERNAL MODULE: ./actions/coverage-gate/src/model.ts
var model = __nccwpck_require__(4838);
// EXTERNAL MODULE: ./actions/coverage-gate/src/parse.ts + 17 modules
var parse = __nccwpck_require__(8627);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/coverage.ts
/** Every report of every group, parsed, mapped onto the repository's files, filtered and merged. */




function totalsOf(files) {
    const totals = (0,model/* emptyTotals */.Tf)();
    for (const file of files.values())
        file.addTo(totals);
    return totals;
}
/** Report paths to repository paths, with each format's own rule (read once per run) where it has one. */
class ReportPaths {
    repository;
    mapper;
    resolvers = new Map();
    constructor(repository) {
        this.repository = repository;
        this.mapper = new RepositoryPathMapper(repository.workspace, repository.files);
    }
    async forFormat(id) {
        const format = (0,parse/* formatById */.aZ)(id);
        let resolver = format && this.resolvers.get(format);
        if (format && !resolver) {
            resolver = format.pathResolver?.(this.repository) ?? Promise.resolve(undefined);
            this.resolvers.set(format, resolver);
        }
        const resolve = await resolver;
        return (raw, roots) => this.mapper.map(raw, { roots, resolve });
    }
}
/** One group's reports: shards of the same file merge by adding hits. */
async function readGroup(group, paths, kept, found) {
    const files = new model/* FileTable */.Pj();
    const reports = [];
    for (const reportFile of group.reports) {
        const report = await (0,parse/* parseReport */.MM)(reportFile, group.format);
        reports.push({ file: reportFile, format: report.format, files: report.files.size });
        if (report.files.size === 0)
            found.emptyReports.push(reportFile);
        const map = await paths.forFormat(report.format);
        for (const coverage of report.files.values()) {
            const mapped = map(coverage.path, report.sourceRoots);
            if (!kept(mapped.path))
                continue;
            if (!mapped.matched)
                found.unmatched.add(mapped.path);
            files.add(coverage, mapped.path);
        }
    }
    return { name: group.name, files, totals: totalsOf(files), reports };
}
/** All groups as one. The groups stay apart: a file changed by a merge has its data copied first. */
function combine(groups) {
    const combined = new model/* FileTable */.Pj();
    for (const group of groups)
        for (const coverage of group.files.values())
            combined.add(coverage);
    return combined;
}
/**
 * Parses every report of every group, maps paths to the repository, applies include/exclude and
 * merges: a file in several shards (or groups) has its hits combined, never double counted.
 */
async function collectCoverage(groups, repository, filter) {
    const included = filter.include.length > 0 ? picomatch_default()(filter.include, { dot: true }) : () => true;
    const excluded = filter.exclude.length > 0 ? picomatch_default()(filter.exclude, { dot: true }) : () => false;
    const kept = (path) => included(path) && !excluded(path);
    const paths = new ReportPaths(repository);
    const found = { unmatched: new Set(), emptyReports: [] };
    const result = [];
    for (const group of groups)
        result.push(await readGroup(group, paths, kept, found));
    // One group: the total is that group (no copy).
    const all = result.length === 1 ? result[0].files : combine(result);
    return {
        groups: result,
        files: all,
        totals: result.length === 1 ? (0,model/* addTotals */.lB)((0,model/* emptyTotals */.Tf)(), result[0].totals) : totalsOf(all),
        unmatched: [...found.unmatched].sort(),
        emptyReports: found.emptyReports,
    };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/repository.ts

/**
 * The files of the checkout, to map report paths onto: `git ls-files` when the workspace is a git
 * repository, else a walk of the workspace.
 */
async function readRepository(workspace) {
    let files;
    const listed = await runCommand('git', ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: workspace,
        timeoutMs: 60_000,
        maxOutputBytes: 256 * 1024 * 1024,
    }).catch(() => undefined);
    if (listed && listed.exitCode === 0)
        files = listed.stdout.split('\0').filter((f) => f !== '');
    files ??= await (await __nccwpck_require__.e(/* import() */ 191).then(__nccwpck_require__.bind(__nccwpck_require__, 3572))).glob(['**/*'], {
        cwd: workspace,
        ignore: ['**/node_modules/**', '**/.git/**'],
        dot: false,
        onlyFiles: true,
    });
    return { workspace, files };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/collect.ts
/**
 * What the gate decides on, read once: the coverage reports, the pull request, its changed lines and the
 * baseline. Only reading here (and the log of what was read); the decision and everything said about it come later.
 */





async function readCoverage(settings) {
    const repository = await readRepository(settings.workspace);
    return core.group('Reading coverage reports', async () => {
        const collected = await collectCoverage(settings.groups, repository, {
            include: settings.include,
            exclude: settings.exclude,
        });
        for (const group of collected.groups)
            for (const r of group.reports)
                core.info(`${r.file}: ${r.format}, ${r.files} file(s)`);
        return collected;
    });
}
/** The changed lines (git against the merge base, else the PR files API), or why they cannot be known. */
async function readChangedLines(settings, context, pullNumber, client) {
    const base = settings.diffBase || context.pullRequest?.baseSha || undefined;
    if (base === undefined && pullNumber === undefined)
        return { changed: undefined, changedUnknown: undefined };
    const found = await changedLinesOfRun({
        workspace: settings.workspace,
        base,
        client,
        pullNumber,
        context,
    });
    return 'found' in found
        ? { changed: found.found, changedUnknown: undefined }
        : { changed: undefined, changedUnknown: found.unavailable };
}
/** Everything the decision needs, read once: coverage, the pull request and its changed lines, the baseline. */
async function collect(settings) {
    const { context, github: client } = settings;
    const coverage = await readCoverage(settings);
    const target = await pullRequestTarget(context, settings.pullNumber, client);
    const changes = await readChangedLines(settings, context, target.number, client);
    const baseline = settings.baseline ? await (0,src_baseline/* readBaseline */.mF)(settings.baseline) : undefined;
    return { context, coverage, target, ...changes, baseline };
}


/***/ }),

/***/ 8980:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oe: () => (/* binding */ NO_RULES_MESSAGE),
  DR: () => (/* binding */ evaluateGate)
});

// UNUSED EXPORTS: hasRules

// EXTERNAL MODULE: ./actions/coverage-gate/src/model.ts
var model = __nccwpck_require__(4838);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/new-code.ts
/** Coverage of the lines a pull request adds or changes. */
function newCodeCoverage(files, changed) {
    const totals = { total: 0, covered: 0 };
    const result = [];
    const withoutLineData = [];
    for (const file of files) {
        const lines = changed.get(file.path);
        if (!lines || lines.size === 0)
            continue;
        if (!file.hasLineData) {
            withoutLineData.push(file.path);
            continue;
        }
        const entry = { path: file.path, total: 0, covered: 0, uncovered: [], uncoveredLines: 0 };
        let open;
        file.forEachLine((line, hits) => {
            const isChanged = lines.has(line);
            if (isChanged) {
                entry.total++;
                if (hits > 0)
                    entry.covered++;
            }
            if (isChanged && hits === 0) {
                entry.uncoveredLines++;
                if (open)
                    open[1] = line;
                else
                    open = [line, line];
            }
            else if (open) {
                entry.uncovered.push(open);
                open = undefined;
            }
        });
        if (open)
            entry.uncovered.push(open);
        if (entry.total === 0)
            continue;
        totals.total += entry.total;
        totals.covered += entry.covered;
        result.push(entry);
    }
    // Worst first: the most uncovered changed lines.
    result.sort((a, b) => b.uncoveredLines - a.uncoveredLines || a.path.localeCompare(b.path));
    return { totals, files: result, withoutLineData };
}

// EXTERNAL MODULE: ./actions/coverage-gate/src/rules.ts
var src_rules = __nccwpck_require__(7580);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/evaluate.ts



const NO_RULES_MESSAGE = "No coverage rule is set (lines, branches, functions, statements, per-file, rules, new-code-lines, max-drop or a group's minimums): this gate reports coverage but cannot fail.";
/** True when the policy sets at least one threshold. */
function hasRules(policy) {
    const any = (minimums) => Object.values(minimums).some((value) => value !== undefined);
    return (any(policy.minimums) ||
        [...policy.groupMinimums.values()].some(any) ||
        any(policy.perFile) ||
        policy.globRules.length > 0 ||
        policy.newCodeLines !== undefined ||
        policy.maxDrop !== undefined);
}
/**
 * Applies the policy to the collected coverage. Every threshold is its own rule; the decision fails
 * when any rule fails, and when the reports hold no line at all (never a silent 100%).
 */
function evaluateGate(coverage, policy, changed, baseline) {
    const rules = [];
    const warnings = [];
    const multipleGroups = coverage.groups.length > 1;
    const measured = coverage.totals.lines.total + coverage.totals.statements.total + coverage.totals.branches.total;
    if (measured === 0) {
        const message = `The coverage reports parsed but hold no executable line (${coverage.groups.flatMap((g) => g.reports.map((r) => r.file)).join(', ')}): nothing was measured.`;
        warnings.push(message);
        rules.push({ name: 'reports hold coverage data', passed: false, actual: undefined, detail: message });
    }
    rules.push(...(0,src_rules/* evaluateMinimums */.t7)(multipleGroups ? 'total: ' : '', coverage.totals, policy.minimums));
    for (const group of coverage.groups) {
        const minimums = policy.groupMinimums.get(group.name);
        if (minimums)
            rules.push(...(0,src_rules/* evaluateMinimums */.t7)(`${group.name}: `, group.totals, minimums));
    }
    rules.push(...(0,src_rules/* evaluatePerFile */.Vv)(coverage.files, policy.perFile));
    rules.push(...(0,src_rules/* evaluateGlobRules */.Fv)(coverage.files, policy.globRules));
    let newCode;
    if (changed) {
        newCode = newCodeCoverage(coverage.files.values(), changed.lines);
        if (newCode.withoutLineData.length > 0) {
            warnings.push(`New-code coverage ignores ${newCode.withoutLineData.length} changed file(s) whose report has no line data (e.g. coverage-summary.json): ${newCode.withoutLineData.slice(0, 5).join(', ')}`);
        }
        warnings.push(...changed.notes);
    }
    if (policy.newCodeLines !== undefined) {
        const name = `new code: lines >= ${policy.newCodeLines}%`;
        if (!newCode) {
            warnings.push('new-code-lines is set but this run is not for a pull request (and no diff-base was given): the rule was skipped.');
        }
        else {
            const actual = (0,model/* percent */.KN)(newCode.totals);
            rules.push(actual === undefined
                ? { name, passed: true, actual, detail: 'no executable line was added or changed' }
                : {
                    name,
                    passed: Math.round(actual * 1e6) / 1e6 >= policy.newCodeLines,
                    actual,
                    detail: `${newCode.totals.covered}/${newCode.totals.total} changed lines covered (${(0,src_rules/* formatPercent */.l9)(actual)})`,
                });
        }
    }
    let deltas = {};
    if (baseline) {
        const drop = (0,src_rules/* evaluateDrop */.$e)(coverage.totals, baseline.totals, policy.maxDrop ?? Number.POSITIVE_INFINITY);
        deltas = drop.deltas;
        if (policy.maxDrop !== undefined)
            rules.push(...drop.results);
    }
    else if (policy.maxDrop !== undefined) {
        warnings.push('max-drop is set but no baseline file was found: the drop rules were skipped (the first run on the default branch writes it with baseline-out).');
    }
    return {
        decision: rules.every((r) => r.passed) ? 'pass' : 'fail',
        rules,
        newCode,
        changed,
        baseline,
        deltas,
        warnings,
        noRules: !hasRules(policy),
    };
}


/***/ }),

/***/ 4468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ decide)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8980);

const listed = (items, max) => `${items.slice(0, max).join(', ')}${items.length > max ? ', …' : ''}`;
/** Warnings about what was read, before the decision's own. */
function collectionWarnings(collected, settings) {
    const { coverage } = collected;
    const warnings = coverage.emptyReports.map((file) => `${file} parsed but holds no source file.`);
    if (coverage.unmatched.length > 0) {
        warnings.push(`${coverage.unmatched.length} path(s) in the reports match no file of the repository (they are kept in the totals): ${listed(coverage.unmatched, 20)}. Check the report's source roots or use include/exclude.`);
    }
    if (collected.changedUnknown !== undefined)
        warnings.push(`The changed lines cannot be known: ${collected.changedUnknown}. New-code coverage is skipped.`);
    if (settings.baseline && !collected.baseline)
        warnings.push(`Baseline ${settings.baseline} does not exist yet: no comparison this time.`);
    return warnings;
}
function verdictOf(result, settings) {
    if (result.decision === 'pass')
        return { level: 'info', message: 'Coverage gate passed.' };
    const reasons = result.rules
        .filter((rule) => !rule.passed)
        .map((rule) => `${rule.name} (${rule.detail})`)
        .join('; ');
    return settings.failOnDecision
        ? { level: 'failure', message: `Coverage gate failed: ${reasons}` }
        : { level: 'warning', message: `Coverage gate failed (fail-on-decision is off): ${reasons}` };
}
function decide(collected, settings) {
    const result = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateGate */ .DR)(collected.coverage, settings, collected.changed, collected.baseline);
    const warnings = collectionWarnings(collected, settings);
    if (result.noRules)
        warnings.push(_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_RULES_MESSAGE */ .oe);
    warnings.push(...result.warnings);
    return { result, warnings, verdict: verdictOf(result, settings) };
}


/***/ }),

/***/ 2722:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(588);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6774);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3870);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4468);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7263);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8702);
/** coverage-gate: coverage reports of any format against thresholds, new-code coverage and a baseline. */






await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__/* .runAction */ .Cs)({ output: 'decision', failing: 'fail' }, async () => {
    const settings = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .readSettings */ .s)();
    const started = performance.now();
    const collected = await (0,_collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collect */ .F)(settings);
    const collectedAt = performance.now();
    const outcome = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .L)(collected, settings);
    const decidedAt = performance.now();
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .publish */ .m)(settings, collected, outcome);
    // The same words as quality-gate's line: publishing includes every API call (check run, comment).
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Timings (ms): collect ${Math.round(collectedAt - started)}, decide ${Math.round(decidedAt - collectedAt)}, publish ${Math.round(performance.now() - decidedAt)}`);
    if (outcome.verdict.level === 'failure')
        throw new _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(outcome.verdict.message);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4838:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   EN: () => (/* binding */ hashKey),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   N$: () => (/* binding */ combinedPercent),
/* harmony export */   Pj: () => (/* binding */ FileTable),
/* harmony export */   Rq: () => (/* binding */ FNV_PRIME),
/* harmony export */   Tf: () => (/* binding */ emptyTotals),
/* harmony export */   V4: () => (/* binding */ FNV_OFFSET),
/* harmony export */   ex: () => (/* binding */ ReportBuilder),
/* harmony export */   lB: () => (/* binding */ addTotals),
/* harmony export */   zr: () => (/* binding */ FileCoverage)
/* harmony export */ });
/**
 * The normalized coverage model every format parses into. Per-line data is kept compactly
 * (typed arrays) so reports of hundreds of MB fit in bounded memory, and so the same file seen in
 * several shards merges by adding hits (a line counts once, covered if any shard covered it).
 */
const METRICS = ['lines', 'branches', 'functions', 'statements'];
const emptyTotals = () => ({
    lines: { total: 0, covered: 0 },
    branches: { total: 0, covered: 0 },
    functions: { total: 0, covered: 0 },
    statements: { total: 0, covered: 0 },
});
function addTotals(into, from) {
    for (const metric of METRICS) {
        into[metric].total += from[metric].total;
        into[metric].covered += from[metric].covered;
    }
    return into;
}
/** Percentage with full precision, or undefined when nothing is measured (never a silent 100%). */
function percent(counts) {
    return counts.total === 0 ? undefined : (counts.covered * 100) / counts.total;
}
/**
 * coverage.py's total: covered lines plus covered branches over all lines plus all branches, what
 * `coverage report` prints (and `fail_under` checks) when branches are measured; the line percentage without.
 */
function combinedPercent(totals) {
    if (totals.lines.total === 0)
        return undefined;
    return percent({
        total: totals.lines.total + totals.branches.total,
        covered: totals.lines.covered + totals.branches.covered,
    });
}
/** Hit counts are kept saturated at this value: only "covered or not" matters, and a byte per line keeps big reports small. */
const MAX_HITS = 254;
/** Line numbers are packed with the hits in 32 bits: 24 bits for the line. */
const MAX_LINE = 0xffffff;
const saturate = (hits) => (hits > 0 ? (hits < MAX_HITS ? hits : MAX_HITS) : 0);
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/**
 * 32-bit FNV-1a of a function key (over its UTF-16 code units): functions are matched across shards by it,
 * without keeping names. `seed` continues a hash, so a parser can hash a key's parts without joining them.
 */
function hashKey(key, seed = FNV_OFFSET) {
    let h = seed;
    for (let i = 0; i < key.length; i++) {
        h ^= key.charCodeAt(i);
        h = Math.imul(h, FNV_PRIME);
    }
    return h >>> 0;
}
/**
 * Sealed files keep their data in shared 1 MB slabs, addressed by slab number and offset: tens of thousands of
 * small typed arrays would each be a separate allocation (the allocator's fragmentation showed up as ~100 MB of
 * RSS on a 200 MB report), and even views of a slab cost an object each, which on reports of a hundred thousand
 * short files was most of what stayed in memory.
 */
const SLAB_BYTES = 1 << 20;
const slabs8 = [];
const slabs32 = [];
/** The slabs as Buffers, for the paths `FileTable` keeps in them as UTF-8. */
const slabText = [];
let slabNow = -1;
let slabUsed = SLAB_BYTES;
/** The slab of the room `carve` found last. */
let carvedSlab = -1;
/** Room for `bytes` (4-byte aligned): its offset, in slab `carvedSlab`. Big files get a slab of their own. */
function carve(bytes) {
    const aligned = (bytes + 3) & ~3;
    if (aligned > SLAB_BYTES / 4) {
        const buffer = new ArrayBuffer(aligned);
        slabs8.push(new Uint8Array(buffer));
        slabs32.push(new Uint32Array(buffer));
        slabText.push(Buffer.from(buffer));
        carvedSlab = slabs8.length - 1;
        return 0;
    }
    if (slabNow === -1 || slabUsed + aligned > SLAB_BYTES) {
        const buffer = new ArrayBuffer(SLAB_BYTES);
        slabs8.push(new Uint8Array(buffer));
        slabs32.push(new Uint32Array(buffer));
        slabText.push(Buffer.from(buffer));
        slabNow = slabs8.length - 1;
        slabUsed = 0;
    }
    const offset = slabUsed;
    slabUsed += aligned;
    carvedSlab = slabNow;
    return offset;
}
/** Copies source[0, length) (or less, when the source is shorter) into target at `at`. */
function copyInto(target, at, source, length) {
    const n = Math.min(length, source.length);
    // Short runs element by element: a view of the source for `set` would cost more than the copy.
    if (n > 64)
        target.set(source.subarray(0, n), at);
    else
        for (let i = 0; i < n; i++)
            target[at + i] = source[i];
}
/** Up to this many functions, a function is looked up by scanning the file's own entries (no map per file). */
const FUNCTIONS_SEARCHED_IN_PLACE = 32;
const NO_BYTES = new Uint8Array(0);
const NO_WORDS = new Uint32Array(0);
/**
 * Arrays the file being built (one at a time, in parsers that read file after file) starts in, instead of
 * arrays of its own that `seal` would throw away: reports of many short files otherwise allocate and drop
 * several arrays per file. The lines array is all zeros whenever it has no owner.
 */
const scratch = {
    owner: undefined,
    lines: new Uint8Array(1 << 16),
    branches: new Uint32Array(1 << 14),
    fns: new Uint32Array(1 << 13),
};
function grow(array, needed, make, first = 64) {
    if (needed <= array.length)
        return array;
    // Start big enough for a typical file: fewer re-allocations; `seal` trims the rest.
    let size = Math.max(first, array.length * 2);
    while (size < needed)
        size *= 2;
    const grown = make(size);
    grown.set(array);
    return grown;
}
/**
 * Coverage of one source file, stored compactly: a byte per line (hits+1, saturated; 0 = not
 * executable), branch outcomes and functions in typed arrays while the file is built, then moved
 * into a slab by `seal`. A 200 MB report fits in tens of MB.
 */
class FileCoverage {
    /** Path as written in the report, later replaced by the repository-relative path. */
    path;
    lineTable = NO_BYTES;
    maxLine = 0;
    /** One outcome per entry: line << 8 | hits. */
    branchData = NO_WORDS;
    branchTotal = 0;
    /** Two entries per function: key hash, then line << 8 | hits. */
    fnData = NO_WORDS;
    fnTotal = 0;
    /**
     * Function key hash (as int32) -> index, for a file with many functions while it is built or merged (dropped
     * by `seal`); a file with few functions is searched in place, without a map of its own.
     */
    fnIndex;
    /**
     * Where the sealed data lies (-1 while building): lines (maxLine + 1 bytes) at `at`, then, 4-byte aligned,
     * the branch entries and the function entries. Changing a sealed file copies it out first.
     */
    slab = -1;
    at = 0;
    /** Statement-like units (Go blocks weighted by statements, istanbul statements, sequence points). */
    statements;
    /**
     * Counts the tool itself states, which win over counts derived from the line data: everything for a
     * summary-only format (coverage-summary.json), functions and branches from Clover's <metrics>.
     */
    summary;
    constructor(path) {
        this.path = path;
    }
    /** Seals the file and writes where its data lies into `rows` at `row` (the first five entries of a `FileTable` row). */
    writeRow(rows, row) {
        this.seal();
        rows[row] = this.slab;
        rows[row + 1] = this.at;
        rows[row + 2] = this.maxLine;
        rows[row + 3] = this.branchTotal;
        rows[row + 4] = this.fnTotal;
    }
    /** A sealed file read back from a row `writeRow` wrote; changing it copies its data out of the slab first. */
    static fromRow(path, rows, row, extras) {
        const file = new FileCoverage(path);
        file.slab = rows[row];
        file.at = rows[row + 1];
        file.maxLine = rows[row + 2];
        file.branchTotal = rows[row + 3];
        file.fnTotal = rows[row + 4];
        file.statements = extras?.statements;
        file.summary = extras?.summary;
        return file;
    }
    /** Index in `slabs32` of the first branch entry of a sealed file (functions follow the branches). */
    get wordAt() {
        return (this.at + this.maxLine + 1 + 3) >>> 2;
    }
    // Where each kind of data lies: the building arrays from 0, or the shared slab at the file's offsets. Readers
    // index these directly instead of making views of the slab, which would be garbage on every call.
    get lineBytes() {
        return this.slab === -1 ? this.lineTable : slabs8[this.slab];
    }
    get lineBase() {
        return this.slab === -1 ? 0 : this.at;
    }
    get branchWords() {
        return this.slab === -1 ? this.branchData : slabs32[this.slab];
    }
    get branchBase() {
        return this.slab === -1 ? 0 : this.wordAt;
    }
    get fnWords() {
        return this.slab === -1 ? this.fnData : slabs32[this.slab];
    }
    get fnBase() {
        return this.slab === -1 ? 0 : this.wordAt + this.branchTotal;
    }
    /** The data as arrays: the building ones, or views of the slab (made per call: no object per file stays). */
    arrays() {
        if (this.slab === -1)
            return { lines: this.lineTable, branches: this.branchData, fns: this.fnData };
        const words = this.wordAt;
        return {
            lines: slabs8[this.slab].subarray(this.at, this.at + this.maxLine + 1),
            branches: slabs32[this.slab].subarray(words, words + this.branchTotal),
            fns: slabs32[this.slab].subarray(words + this.branchTotal, words + this.branchTotal + 2 * this.fnTotal),
        };
    }
    /** Back to growable arrays before a change. */
    unseal() {
        if (this.slab === -1)
            return;
        const { lines, branches, fns } = this.arrays();
        this.lineTable = lines.slice();
        this.branchData = branches.slice();
        this.fnData = fns.slice();
        this.slab = -1;
    }
    /** Starts in the scratch arrays when they are free (the building arrays are all still empty). */
    takeScratch() {
        if (scratch.owner !== undefined || this.slab !== -1)
            return;
        if (this.lineTable !== NO_BYTES || this.branchData !== NO_WORDS || this.fnData !== NO_WORDS)
            return;
        scratch.owner = this;
        this.lineTable = scratch.lines;
        this.branchData = scratch.branches;
        this.fnData = scratch.fns;
    }
    /** Hands the scratch arrays back, the lines array zeroed where this file wrote. */
    releaseScratch() {
        if (scratch.owner !== this)
            return;
        scratch.lines.fill(0, 0, Math.min(this.maxLine + 1, scratch.lines.length));
        scratch.owner = undefined;
    }
    addLine(line, hits) {
        if (!(line > 0) || !Number.isInteger(line) || line > MAX_LINE)
            return;
        if (this.slab !== -1)
            this.unseal();
        if (this.lineTable === NO_BYTES)
            this.takeScratch();
        if (line >= this.lineTable.length)
            this.lineTable = grow(this.lineTable, line + 1, (n) => new Uint8Array(n), 1024);
        const current = this.lineTable[line];
        this.lineTable[line] = saturate((current === 0 ? 0 : current - 1) + saturate(hits)) + 1;
        if (line > this.maxLine)
            this.maxLine = line;
    }
    /** Hits of a line (saturated at 254), or undefined when the line is not executable. */
    lineHits(line) {
        if (!(line >= 0 && line <= this.maxLine))
            return undefined;
        const value = this.slab === -1 ? this.lineTable[line] : slabs8[this.slab][this.at + line];
        return value === 0 ? undefined : value - 1;
    }
    /** Calls fn for every executable line in order. */
    forEachLine(fn) {
        const table = this.lineBytes;
        const base = this.lineBase;
        for (let line = 1; line <= this.maxLine; line++) {
            const value = table[base + line];
            if (value !== 0)
                fn(line, value - 1);
        }
    }
    get hasLineData() {
        return this.maxLine > 0;
    }
    /** Appends one branch outcome at a line (lcov BRDA, a Cobertura condition, an OpenCover branch point). */
    addBranch(line, hits) {
        if (!(line > 0) || line > MAX_LINE)
            return;
        if (this.slab !== -1)
            this.unseal();
        if (this.branchData === NO_WORDS)
            this.takeScratch();
        const n = this.branchTotal;
        if (n >= this.branchData.length)
            this.branchData = grow(this.branchData, n + 1, (size) => new Uint32Array(size));
        this.branchData[n] = ((line << 8) | saturate(hits)) >>> 0;
        this.branchTotal = n + 1;
    }
    /** Appends branch outcomes at a line, in report order. */
    addBranches(line, hits) {
        for (const h of hits)
            this.addBranch(line, h);
    }
    /** Outcomes per line, in report order. */
    branchesByLine() {
        const byLine = new Map();
        const branches = this.branchWords;
        const base = this.branchBase;
        for (let i = 0; i < this.branchTotal; i++) {
            const entry = branches[base + i];
            const line = entry >>> 8;
            const list = byLine.get(line);
            if (list)
                list.push(entry & 0xff);
            else
                byLine.set(line, [entry & 0xff]);
        }
        return byLine;
    }
    addFunction(key, line, hits) {
        this.addFunctionHash(hashKey(key), line, hits);
    }
    /** `addFunction` for a parser that hashed the key itself (`hashKey`), without making it a string. */
    addFunctionHash(hash, line, hits) {
        if (this.slab !== -1)
            this.unseal();
        // As int32: map keys stay small integers instead of heap numbers.
        const key = hash | 0;
        const lineNo = line > 0 && line <= MAX_LINE ? line : 0;
        const existing = this.functionIndex(key);
        if (existing !== -1) {
            const entry = this.fnData[2 * existing + 1];
            const knownLine = entry >>> 8;
            this.fnData[2 * existing + 1] = (((knownLine || lineNo) << 8) | saturate((entry & 0xff) + saturate(hits))) >>> 0;
            return;
        }
        const n = this.fnTotal;
        if (this.fnData === NO_WORDS)
            this.takeScratch();
        if (2 * n + 2 > this.fnData.length)
            this.fnData = grow(this.fnData, 2 * n + 2, (size) => new Uint32Array(size), 32);
        this.fnData[2 * n] = key;
        this.fnData[2 * n + 1] = ((lineNo << 8) | saturate(hits)) >>> 0;
        this.fnTotal = n + 1;
        this.fnIndex?.set(key, n);
    }
    /** Index of the function with this key (int32), or -1. Indexed by a map once the file has many functions. */
    functionIndex(key) {
        if (this.fnIndex)
            return this.fnIndex.get(key) ?? -1;
        const n = this.fnTotal;
        if (n < FUNCTIONS_SEARCHED_IN_PLACE) {
            for (let i = 0; i < n; i++)
                if ((this.fnData[2 * i] | 0) === key)
                    return i;
            return -1;
        }
        this.fnIndex = new Map();
        for (let i = 0; i < n; i++)
            this.fnIndex.set(this.fnData[2 * i] | 0, i);
        return this.fnIndex.get(key) ?? -1;
    }
    /** Functions as [line, hits] in report order. */
    functionList() {
        const list = [];
        const fns = this.fnWords;
        const base = this.fnBase;
        for (let i = 0; i < this.fnTotal; i++) {
            const entry = fns[base + 2 * i + 1];
            list.push([entry >>> 8, entry & 0xff]);
        }
        return list;
    }
    addStatement(key, weight, hits) {
        this.statements ??= new Map();
        const existing = this.statements.get(key);
        if (existing)
            existing.hits += hits > 0 ? hits : 0;
        else
            this.statements.set(key, { weight, hits: hits > 0 ? hits : 0 });
    }
    /** Drops build-time indexes and moves the data into a slab once the file is complete. */
    seal() {
        this.fnIndex = undefined;
        if (this.slab !== -1)
            return;
        const lineBytes = this.maxLine + 1;
        const at = carve(((lineBytes + 3) & ~3) + 4 * (this.branchTotal + 2 * this.fnTotal));
        const slab = carvedSlab;
        copyInto(slabs8[slab], at, this.lineTable, lineBytes);
        // A file without lines still has line 0's byte, which must read as "not executable".
        if (this.lineTable.length === 0)
            slabs8[slab][at] = 0;
        const words = (at + lineBytes + 3) >>> 2;
        copyInto(slabs32[slab], words, this.branchData, this.branchTotal);
        copyInto(slabs32[slab], words + this.branchTotal, this.fnData, 2 * this.fnTotal);
        this.slab = slab;
        this.at = at;
        this.releaseScratch();
        this.lineTable = NO_BYTES;
        this.branchData = NO_WORDS;
        this.fnData = NO_WORDS;
    }
    totals() {
        return this.addTo(emptyTotals());
    }
    /** Adds this file's totals to `into` (what `addTotals(into, file.totals())` does, without making them). */
    addTo(into) {
        for (const metric of METRICS) {
            const stated = this.summary?.[metric];
            if (stated) {
                into[metric].total += stated.total;
                into[metric].covered += stated.covered;
            }
            else
                this.addCounted(metric, into[metric]);
        }
        return into;
    }
    /** One metric of `totals()`. */
    counts(metric) {
        const stated = this.summary?.[metric];
        if (stated)
            return { ...stated };
        return this.addCounted(metric, { total: 0, covered: 0 });
    }
    /** Adds the counts of a metric derived from the file's own data (not the stated summary) to `into`. */
    addCounted(metric, into) {
        if (metric === 'lines') {
            const table = this.lineBytes;
            const base = this.lineBase;
            let total = 0;
            let covered = 0;
            for (let line = 1; line <= this.maxLine; line++) {
                const value = table[base + line];
                if (value === 0)
                    continue;
                total++;
                if (value > 1)
                    covered++;
            }
            into.total += total;
            into.covered += covered;
        }
        else if (metric === 'branches') {
            const words = this.branchWords;
            const base = this.branchBase;
            let covered = 0;
            for (let i = 0; i < this.branchTotal; i++)
                if ((words[base + i] & 0xff) > 0)
                    covered++;
            into.total += this.branchTotal;
            into.covered += covered;
        }
        else if (metric === 'functions') {
            const words = this.fnWords;
            const base = this.fnBase;
            let covered = 0;
            for (let i = 0; i < this.fnTotal; i++)
                if ((words[base + 2 * i + 1] & 0xff) > 0)
                    covered++;
            into.total += this.fnTotal;
            into.covered += covered;
        }
        else if (this.statements) {
            for (const st of this.statements.values()) {
                into.total += st.weight;
                if (st.hits > 0)
                    into.covered += st.weight;
            }
        }
        return into;
    }
    /**
     * Merges another report's view of the same file: hits add up, so a line covered by any shard is
     * covered and is counted once. Branch outcomes of a line merge position by position.
     */
    merge(other) {
        other.forEachLine((line, hits) => this.addLine(line, hits));
        if (other.branchTotal > 0) {
            this.unseal();
            const mine = this.branchesByLine();
            for (const [line, theirs] of other.branchesByLine()) {
                const ours = mine.get(line);
                if (!ours)
                    mine.set(line, theirs);
                else
                    for (let i = 0; i < theirs.length; i++)
                        ours[i] = (ours[i] ?? 0) + theirs[i];
            }
            this.branchTotal = 0;
            for (const [line, hits] of mine)
                for (const h of hits)
                    this.addBranch(line, h);
        }
        const theirFns = other.fnWords;
        const theirBase = other.fnBase;
        for (let i = 0; i < other.fnTotal; i++) {
            const entry = theirFns[theirBase + 2 * i + 1];
            this.addFunctionHash(theirFns[theirBase + 2 * i], entry >>> 8, entry & 0xff);
        }
        if (other.statements)
            for (const [key, st] of other.statements)
                this.addStatement(key, st.weight, st.hits);
        if (other.summary) {
            this.summary ??= {};
            for (const metric of METRICS) {
                const theirs = other.summary[metric];
                const ours = this.summary[metric];
                // Stated counts cannot be combined line by line: keep the better-covered view.
                if (theirs && (!ours || theirs.covered > ours.covered))
                    this.summary[metric] = { ...theirs };
            }
        }
        this.seal();
    }
}
/** Entries of a `FileTable` row: where the file's data lies (see `writeRow`), then where its path lies. */
const ROW_WORDS = 9;
const ROW_PATH_SLAB = 5;
const ROW_PATH_AT = 6;
const ROW_PATH_LENGTH = 7;
const ROW_PATH_HASH = 8;
/** Rows are kept in chunks of this many (a power of two), so a growing table never copies its rows. */
const ROWS_PER_CHUNK = 1024;
const CHUNK_SHIFT = 10;
/** Bytes a path is encoded into to be looked up in a `FileTable` (grown for longer paths). */
let pathScratch = Buffer.allocUnsafe(1024);
/** FNV-1a of bytes[from, to), as int32. */
function hashBytes(bytes, from, to) {
    let h = FNV_OFFSET;
    for (let i = from; i < to; i++)
        h = Math.imul(h ^ bytes[i], FNV_PRIME);
    return h | 0;
}
/**
 * Sealed files by path, in insertion order, kept without an object or a string per file: a row of integers per
 * file (where its data and its UTF-8 path lie in the shared slabs), and an open-addressing index of path
 * hashes. Reports of a hundred thousand files would otherwise keep hundreds of thousands of small objects
 * alive, and V8 grows its young generation with every one of them that survives. Reading a file makes a
 * `FileCoverage` for it, a new one on every read, to be read: the table changes through `add` only (which copies
 * what it changes, so tables may share data, as a group's files and the total do).
 */
class FileTable {
    count = 0;
    chunks = [];
    /** File index + 1 by path hash (open addressing); 0 is an empty slot. */
    slots = new Int32Array(128);
    extras = new Map();
    get size() {
        return this.count;
    }
    /**
     * Adds a complete file under `path` (its own path by default), sealing it; merges it into the file already
     * there when the path is known (hits add up, as `FileCoverage.merge`).
     */
    add(file, path = file.path) {
        const length = this.encode(path);
        const hash = hashBytes(pathScratch, 0, length);
        const index = this.find(hash, length);
        if (index !== -1) {
            const existing = this.fileAt(index, true);
            existing.merge(file);
            this.store(index, existing);
            return;
        }
        this.append(hash, length, file);
    }
    /** Index of a path, or -1. */
    indexOf(path) {
        const length = this.encode(path);
        return this.find(hashBytes(pathScratch, 0, length), length);
    }
    pathAt(index) {
        const rows = this.chunks[index >>> CHUNK_SHIFT];
        const row = (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS;
        const at = rows[row + ROW_PATH_AT];
        return slabText[rows[row + ROW_PATH_SLAB]].toString('utf8', at, at + rows[row + ROW_PATH_LENGTH]);
    }
    /** The file at an index; `own`: with its own copies of statements and summary, to change them. */
    fileAt(index, own = false) {
        let extras = this.extras.get(index);
        if (extras && own) {
            extras = {
                statements: extras.statements && new Map([...extras.statements].map(([key, st]) => [key, { ...st }])),
                summary: extras.summary && structuredClone(extras.summary),
            };
        }
        const rows = this.chunks[index >>> CHUNK_SHIFT];
        return FileCoverage.fromRow(this.pathAt(index), rows, (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS, extras);
    }
    get(path) {
        const index = this.indexOf(path);
        return index === -1 ? undefined : this.fileAt(index);
    }
    has(path) {
        return this.indexOf(path) !== -1;
    }
    *keys() {
        for (let i = 0; i < this.count; i++)
            yield this.pathAt(i);
    }
    *values() {
        for (let i = 0; i < this.count; i++)
            yield this.fileAt(i);
    }
    *entries() {
        for (let i = 0; i < this.count; i++) {
            const file = this.fileAt(i);
            yield [file.path, file];
        }
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    forEach(callback) {
        for (let i = 0; i < this.count; i++) {
            const file = this.fileAt(i);
            callback(file, file.path, this);
        }
    }
    /** Encodes a path into `pathScratch`; its length in bytes. */
    encode(path) {
        const needed = path.length * 3;
        if (needed > pathScratch.length)
            pathScratch = Buffer.allocUnsafe(needed);
        return pathScratch.write(path, 0, 'utf8');
    }
    /** Index of the file whose path is pathScratch[0, length), or -1. */
    find(hash, length) {
        const mask = this.slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = this.slots[slot];
            if (entry === 0)
                return -1;
            const index = entry - 1;
            const rows = this.chunks[index >>> CHUNK_SHIFT];
            const row = (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS;
            if (rows[row + ROW_PATH_HASH] !== hash || rows[row + ROW_PATH_LENGTH] !== length)
                continue;
            const at = rows[row + ROW_PATH_AT];
            if (slabText[rows[row + ROW_PATH_SLAB]].compare(pathScratch, 0, length, at, at + length) === 0)
                return index;
        }
    }
    append(hash, length, file) {
        const index = this.count;
        if (index >>> CHUNK_SHIFT === this.chunks.length)
            this.chunks.push(new Int32Array(ROWS_PER_CHUNK * ROW_WORDS));
        const rows = this.chunks[index >>> CHUNK_SHIFT];
        const row = (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS;
        const at = carve(length);
        pathScratch.copy(slabText[carvedSlab], at, 0, length);
        rows[row + ROW_PATH_SLAB] = carvedSlab;
        rows[row + ROW_PATH_AT] = at;
        rows[row + ROW_PATH_LENGTH] = length;
        rows[row + ROW_PATH_HASH] = hash;
        this.count = index + 1;
        if (this.count * 2 > this.slots.length)
            this.rehash(this.slots.length * 2);
        else
            this.place(index, hash);
        this.store(index, file);
    }
    store(index, file) {
        file.writeRow(this.chunks[index >>> CHUNK_SHIFT], (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS);
        if (file.statements || file.summary)
            this.extras.set(index, { statements: file.statements, summary: file.summary });
        else
            this.extras.delete(index);
    }
    place(index, hash) {
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = index + 1;
    }
    rehash(size) {
        this.slots = new Int32Array(size);
        for (let i = 0; i < this.count; i++) {
            const rows = this.chunks[i >>> CHUNK_SHIFT];
            this.place(i, rows[(i & (ROWS_PER_CHUNK - 1)) * ROW_WORDS + ROW_PATH_HASH]);
        }
    }
}
/** Collects files while a parser runs; the same path twice in one report merges. */
class ReportBuilder {
    /** The report's files; complete once `finish` has run. */
    files = new FileTable();
    sourceRoots = [];
    /** Files built a piece at a time (`fileFor`), moved into `files` by `finish`. */
    open = new Map();
    sections = [];
    /**
     * A separate part of a file (a Cobertura <class>): merged into the file by `finish`, so a line that
     * several classes list has its branches merged position by position instead of added twice.
     */
    section(path) {
        const section = new FileCoverage(path);
        this.sections.push(section);
        return section;
    }
    /** Moves the files being built and the sections into `files`, sealed; parsers call it once at the end. */
    finish() {
        for (const file of this.open.values())
            this.files.add(file);
        this.open.clear();
        for (const section of this.sections)
            this.files.add(section);
        this.sections.length = 0;
        return this;
    }
    /** The file being built under `path`, if `fileFor` made one. */
    building(path) {
        return this.open.get(path);
    }
    /** The file being built under `path`, made on first use; parsers add to it until `finish`. */
    fileFor(path) {
        let file = this.open.get(path);
        if (!file) {
            file = new FileCoverage(path);
            this.open.set(path, file);
        }
        return file;
    }
    /** Adds a whole file record (lcov records and coverage-final entries arrive complete). */
    addFile(file) {
        this.files.add(file);
    }
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Jn: () => (/* binding */ FORMAT_IDS),
  aZ: () => (/* binding */ formatById),
  MM: () => (/* binding */ parseReport)
});

// UNUSED EXPORTS: EXPECTED_REPORT, detectFormat

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(6774);
;// CONCATENATED MODULE: ./packages/shared/src/report/sniff.ts


const HEAD_BYTES = 8192;
/**
 * Reads the head of a file and rejects what cannot be a text report: a missing file, an empty one,
 * or binary content (NUL bytes, invalid UTF-8). `expected` names the wanted kind of file for the
 * message, e.g. "a coverage report (lcov, Cobertura XML, ...)".
 */
async function sniffFile(path, expected, headBytes = HEAD_BYTES) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        const code = error.code;
        throw (0,errors/* fileError */.zS)(path, code === 'ENOENT'
            ? 'does not exist'
            : code === 'EISDIR'
                ? 'is a directory, expected a file'
                : `cannot be read (${code ?? String(error)})`);
    }
    try {
        const { size } = await handle.stat();
        if (size === 0)
            throw (0,errors/* fileError */.zS)(path, `is empty, expected ${expected}`);
        const buffer = Buffer.alloc(Math.min(size, headBytes));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const bytes = buffer.subarray(0, bytesRead);
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            throw (0,errors/* fileError */.zS)(path, `is UTF-16 encoded, expected ${expected} in UTF-8`);
        }
        if (bytes.includes(0))
            throw (0,errors/* fileError */.zS)(path, `is a binary file, expected ${expected}`);
        let text;
        try {
            // stream: true tolerates a multi-byte character cut at the end of the head.
            text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: bytesRead < size });
        }
        catch {
            throw (0,errors/* fileError */.zS)(path, `is a binary file (not UTF-8 text), expected ${expected}`);
        }
        const bom = text.charCodeAt(0) === 0xfeff;
        if (bom)
            text = text.slice(1);
        if (text.trim() === '' && size <= headBytes)
            throw (0,errors/* fileError */.zS)(path, `holds only whitespace, expected ${expected}`);
        return { text, size, bom };
    }
    finally {
        await handle.close();
    }
}
/**
 * What a file that is not a report looks like, for an error message, without quoting its text (a wrong file may
 * be anything: a .env file, a key): the root element of XML or HTML, the kind of JSON value, or the length of the
 * first line of other text.
 */
function describeStart(text) {
    const start = text.trimStart();
    const element = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(!DOCTYPE\s+)?([A-Za-z_][\w.:-]{0,39})/i.exec(start);
    if (element)
        return `it is XML or HTML whose first element is <${element[1] ? '!DOCTYPE ' : ''}${element[2]}>`;
    if (start.startsWith('{'))
        return 'it is JSON (an object) of no known report shape';
    if (start.startsWith('['))
        return 'it is JSON (a list) of no known report shape';
    const firstLine = start.split('\n', 1)[0] ?? '';
    return `its first line is ${firstLine.length} characters of text in no known report format`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(8500);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./packages/shared/src/report/chunks.ts



/**
 * 64 KB reads: big enough that per-read costs are small; the decoded strings stay below V8's large-object
 * size, so they die young in scavenges instead of piling up in large-object space until a full GC (which
 * took peak memory over 400 MB on big reports).
 */
const TEXT_CHUNK_BYTES = 64 * 1024;
/**
 * The one reader of report files: their bytes in chunks, streaming (the file is never held whole). Each read is
 * synchronous, into one reused buffer, and is followed by a turn of the event loop (so timers and worker-thread
 * messages still run between chunks): on a 100 MB report this costs a fraction of a `createReadStream`
 * iterator's CPU and allocates nothing per chunk. A yielded chunk is a view of that buffer, valid until the
 * next one is asked for: copy what must outlive it.
 */
async function* readChunks(path, options = {}) {
    const chunkBytes = options.chunkBytes ?? TEXT_CHUNK_BYTES;
    const wholeLines = options.wholeLines === true;
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        let buffer = Buffer.allocUnsafe(chunkBytes);
        let kept = 0; // bytes of an unfinished line, moved to the buffer's start
        for (;;) {
            if (buffer.length - kept < chunkBytes / 2) {
                const bigger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(bigger, 0, 0, kept);
                buffer = bigger;
            }
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, kept, buffer.length - kept, null);
            if (bytesRead === 0)
                break;
            const end = kept + bytesRead;
            if (!wholeLines) {
                yield buffer.subarray(0, end);
            }
            else {
                // Only the new bytes are searched: the kept ones hold no newline.
                const newline = buffer.subarray(kept, end).lastIndexOf(10);
                if (newline === -1) {
                    kept = end;
                    continue;
                }
                const cut = kept + newline + 1;
                yield buffer.subarray(0, cut);
                kept = end - cut;
                buffer.copyWithin(0, cut, end);
            }
            await (0,external_node_timers_promises_.setImmediate)();
        }
        if (kept > 0)
            yield buffer.subarray(0, kept);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The text of a UTF-8 file in chunks (`readChunks`, decoded); characters cut between reads are joined. */
async function* readUtf8Chunks(path, chunkBytes = TEXT_CHUNK_BYTES) {
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    for await (const bytes of readChunks(path, { chunkBytes })) {
        const text = decoder.write(bytes);
        if (text !== '')
            yield text;
    }
    const rest = decoder.end();
    if (rest !== '')
        yield rest;
}

;// CONCATENATED MODULE: ./packages/shared/src/report/lines.ts

/**
 * Calls `onLine` for every line of a file (`line` is 1-based, the text without its line terminator), streaming:
 * the file is never held whole. Handles LF and CRLF endings and a UTF-8 byte order mark. Chunks are read whole
 * lines at a time, so each is decoded once, a multi-byte character is never cut, and one long line costs its length.
 */
async function scanLines(path, onLine) {
    let line = 0;
    let first = true;
    for await (const bytes of readChunks(path, { wholeLines: true })) {
        let start = 0;
        if (first) {
            first = false;
            if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                start = 3;
        }
        const text = bytes.toString('utf8', start);
        const n = text.length;
        let from = 0;
        while (from < n) {
            let end = text.indexOf('\n', from);
            const next = end === -1 ? n : end + 1;
            if (end === -1)
                end = n;
            line++;
            onLine(text.slice(from, end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end), line);
            from = next;
        }
    }
}
/**
 * A copy of `text` that does not point into the chunk it was cut from. V8 keeps a whole read chunk
 * alive while any slice of it lives, so strings a parser keeps (file paths, function names)
 * must be detached, or a big report ends up held whole in memory after all.
 */
function detach(text) {
    return text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8');
}
/** Length of `data` without a UTF-8 sequence cut at its end (decoded with the next chunk). */
function completeUtf8Length(data) {
    const end = data.length;
    for (let k = end - 1; k >= 0 && k >= end - 4; k--) {
        const byte = data[k];
        if ((byte & 0xc0) === 0x80)
            continue; // continuation byte
        const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return k + need > end ? k : end;
    }
    return end;
}

;// CONCATENATED MODULE: ./packages/shared/src/report/xml.ts



const CHUNK_BYTES = TEXT_CHUNK_BYTES;
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/**
 * Decodes the five predefined entities and character references; anything else is an error (no DTD entities: no
 * XXE), reported through `fail` at its offset in the buffer.
 */
function decodeEntities(text, at, fail) {
    return text.replace(/&([^;&\s]*);?/g, (match, body, offset) => {
        if (!match.endsWith(';'))
            fail(`'&' must start an entity like &amp;`, at + offset);
        if (body.startsWith('#x') || body.startsWith('#X')) {
            const code = parseInt(body.slice(2), 16);
            if (Number.isNaN(code))
                fail(`invalid character reference &${body};`, at + offset);
            return String.fromCodePoint(code);
        }
        if (body.startsWith('#')) {
            const code = parseInt(body.slice(1), 10);
            if (Number.isNaN(code))
                fail(`invalid character reference &${body};`, at + offset);
            return String.fromCodePoint(code);
        }
        const entity = ENTITIES[body];
        if (entity === undefined)
            fail(`undefined entity &${body};`, at + offset);
        return entity;
    });
}
const isNameStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13;
/**
 * Streams an XML file element by element: the document is never held whole. A small non-validating
 * tokenizer (tags, attributes, the predefined entities, comments, CDATA, processing instructions,
 * DOCTYPE without entity expansion) checks well-formedness as it goes: mismatched or unclosed tags,
 * bad attributes, text or a second element after the root, and a truncated file are file errors with
 * line and column. It replaced saxes here: saxes measured 21 MB/s on big reports, this runs at several
 * times that. An exception thrown by a handler propagates unchanged.
 */
async function streamXml(path, handlers) {
    const { open, close } = handlers;
    const stack = [];
    let line = 1;
    let lineStartAbs = 0;
    let base = 0; // absolute offset of buf[0]
    let buf = '';
    let countedTo = 0;
    let nextNewline = -1;
    let sawRoot = false;
    let first = true;
    const advanceLines = (to) => {
        if (to <= countedTo)
            return;
        while (nextNewline !== -1 && nextNewline < to) {
            line++;
            lineStartAbs = base + nextNewline + 1;
            nextNewline = buf.indexOf('\n', nextNewline + 1);
        }
        countedTo = to;
    };
    const fail = (message, at) => {
        advanceLines(at);
        throw (0,errors/* fileError */.zS)(path, `is not well-formed XML: ${message}`, line, base + at - lineStartAbs + 1);
    };
    const outsideRootText = (from, to) => {
        for (let k = from; k < to; k++) {
            if (!isSpace(buf.charCodeAt(k)))
                fail(sawRoot ? 'text after the root element' : 'text before the root element', k);
        }
    };
    const emitText = (from, to) => {
        if (from >= to)
            return;
        if (stack.length === 0) {
            outsideRootText(from, to);
            return;
        }
        if (!handlers.text)
            return;
        const raw = buf.slice(from, to);
        handlers.text(raw.includes('&') ? decodeEntities(raw, from, fail) : raw);
    };
    // Attribute names repeat endlessly in coverage reports: reuse one internalized string per name, which
    // makes `attrs[name] = value` a fast property store instead of a string-table lookup per attribute.
    const namesByLength = [];
    const attributeName = (from, to) => {
        const length = to - from;
        const bucket = (namesByLength[length] ??= []);
        const raw = buf.slice(from, to);
        for (const known of bucket)
            if (known === raw)
                return known;
        const fresh = Object.keys({ [raw]: 0 })[0];
        if (bucket.length < 16)
            bucket.push(fresh);
        return fresh;
    };
    /**
     * Parses the start tag at buf[lt] and reports it; returns the index of its '>' or -1 when the tag
     * continues in the next chunk (nothing is reported then). Quoted values are skipped with indexOf.
     */
    const startTag = (lt) => {
        const n = buf.length;
        let k = lt + 1;
        if (!isNameStart(buf.charCodeAt(k)))
            fail(`invalid tag name`, k);
        for (; k < n; k++) {
            const c = buf.charCodeAt(k);
            if (c === 62 || c === 47 || isSpace(c))
                break;
            if (c === 60)
                fail(`'<' inside a tag`, k);
        }
        if (k >= n)
            return -1;
        const name = buf.slice(lt + 1, k);
        const attrs = {};
        const seen = [];
        let gt;
        let selfClosing = false;
        for (;;) {
            const before = k;
            while (k < n && isSpace(buf.charCodeAt(k)))
                k++;
            if (k >= n)
                return -1;
            const c = buf.charCodeAt(k);
            if (c === 62) {
                gt = k;
                break;
            }
            if (c === 47) {
                if (k + 1 >= n)
                    return -1;
                if (buf.charCodeAt(k + 1) !== 62)
                    fail(`expected '>' after '/'`, k + 1);
                gt = k + 1;
                selfClosing = true;
                break;
            }
            if (k === before)
                fail(`expected whitespace before attribute`, k);
            const nameStart = k;
            if (!isNameStart(c))
                fail(c === 60 ? `'<' inside a tag` : `invalid attribute name`, k);
            for (; k < n; k++) {
                const ch = buf.charCodeAt(k);
                if (ch === 61 || ch === 62 || ch === 47 || ch === 60 || isSpace(ch))
                    break;
            }
            if (k >= n)
                return -1;
            const attrName = attributeName(nameStart, k);
            while (k < n && isSpace(buf.charCodeAt(k)))
                k++;
            if (k >= n)
                return -1;
            if (buf.charCodeAt(k) !== 61)
                fail(`attribute '${attrName}' has no value`, k);
            k++;
            while (k < n && isSpace(buf.charCodeAt(k)))
                k++;
            if (k >= n)
                return -1;
            const quote = buf.charCodeAt(k);
            if (quote !== 34 && quote !== 39)
                fail(`the value of '${attrName}' must be quoted`, k);
            const close = buf.indexOf(quote === 34 ? '"' : "'", k + 1);
            if (close === -1)
                return -1;
            const value = buf.slice(k + 1, close);
            if (value.includes('<'))
                fail(`'<' in the value of '${attrName}'`, k);
            for (const other of seen)
                if (other === attrName)
                    fail(`duplicate attribute '${attrName}'`, nameStart);
            seen.push(attrName);
            attrs[attrName] = value.includes('&') ? decodeEntities(value, k + 1, fail) : value;
            k = close + 1;
        }
        if (stack.length === 0 && sawRoot)
            fail(`a second root element <${name}>`, lt);
        sawRoot = true;
        advanceLines(gt);
        open?.(name, attrs, line);
        if (selfClosing)
            close?.(name, line);
        else
            stack.push(name);
        return gt;
    };
    let carry = '';
    let tail = Buffer.alloc(0);
    // A construct longer than a chunk (a 50 MB attribute) is parsed again only once the bytes read after it
    // have doubled it: each attempt costs its length, so the attempts together stay linear in the file.
    let waiting = [];
    let waitingBytes = 0;
    let needBytes = 0;
    /** Parses what `bytes` completes, after the carry; keeps the unfinished rest as the next carry. */
    const feed = (bytes) => {
        // The unfinished tail of the last chunk goes back in front as bytes, so the decoded chunk is one
        // flat string: character access on a concatenated (cons) string is several times slower.
        const data = carry === '' && tail.length === 0 ? bytes : Buffer.concat([Buffer.from(carry, 'utf8'), tail, bytes]);
        const cut = completeUtf8Length(data);
        // A copy: `data` may be the reader's buffer, which the next read overwrites.
        tail = Buffer.from(data.subarray(cut));
        buf = data.toString('utf8', 0, cut);
        if (first) {
            first = false;
            if (buf.charCodeAt(0) === 0xfeff) {
                buf = buf.slice(1);
                base = 1;
                lineStartAbs = 1;
            }
        }
        countedTo = 0;
        nextNewline = buf.indexOf('\n');
        const n = buf.length;
        let i = 0;
        let pending = -1; // start of an incomplete construct to carry over
        while (i < n) {
            const lt = buf.indexOf('<', i);
            if (lt === -1) {
                // Text up to the end of the chunk; keep a possible partial entity for the next one.
                const amp = buf.lastIndexOf('&');
                const cut = amp >= i && buf.indexOf(';', amp) === -1 && n - amp < 32 ? amp : n;
                emitText(i, cut);
                if (cut < n)
                    pending = cut;
                break;
            }
            emitText(i, lt);
            if (lt + 1 >= n) {
                pending = lt;
                break;
            }
            const c = buf.charCodeAt(lt + 1);
            if (c === 47) {
                const gt = buf.indexOf('>', lt + 2);
                if (gt === -1) {
                    pending = lt;
                    break;
                }
                const name = buf.slice(lt + 2, gt).trimEnd();
                const expected = stack.pop();
                if (expected === undefined)
                    fail(`closing tag </${name}> without an open element`, lt);
                if (name !== expected)
                    fail(`closing tag </${name}> does not match <${expected}>`, lt);
                advanceLines(gt);
                close?.(name, line);
                i = gt + 1;
            }
            else if (c === 63) {
                const end = buf.indexOf('?>', lt + 2);
                if (end === -1) {
                    pending = lt;
                    break;
                }
                i = end + 2;
            }
            else if (c === 33) {
                if (buf.startsWith('<!--', lt)) {
                    const end = buf.indexOf('-->', lt + 4);
                    if (end === -1) {
                        pending = lt;
                        break;
                    }
                    handlers.comment?.(buf.slice(lt + 4, end));
                    i = end + 3;
                }
                else if (buf.startsWith('<![CDATA[', lt)) {
                    const end = buf.indexOf(']]>', lt + 9);
                    if (end === -1) {
                        pending = lt;
                        break;
                    }
                    if (stack.length === 0)
                        fail('CDATA outside the root element', lt);
                    handlers.text?.(buf.slice(lt + 9, end));
                    i = end + 3;
                }
                else if (buf.startsWith('<!DOCTYPE', lt) || n - lt < 9) {
                    const bracket = buf.indexOf('[', lt);
                    let gt = buf.indexOf('>', lt);
                    if (bracket !== -1 && (gt === -1 || bracket < gt)) {
                        const closeBracket = buf.indexOf(']', bracket);
                        gt = closeBracket === -1 ? -1 : buf.indexOf('>', closeBracket);
                    }
                    if (gt === -1) {
                        pending = lt;
                        break;
                    }
                    if (!buf.startsWith('<!DOCTYPE', lt))
                        fail('unexpected markup declaration', lt);
                    if (sawRoot)
                        fail('DOCTYPE after the root element', lt);
                    i = gt + 1;
                }
                else {
                    fail('unexpected markup declaration', lt);
                }
            }
            else {
                const gt = startTag(lt);
                if (gt === -1) {
                    pending = lt;
                    break;
                }
                i = gt + 1;
            }
        }
        const consumed = pending === -1 ? n : pending;
        advanceLines(consumed);
        carry = consumed < n ? buf.slice(consumed) : '';
        base += consumed;
        if (carry.length > 64 * 1024 * 1024)
            fail('a single tag or comment is larger than 64 MB', consumed);
        needBytes = carry.length > CHUNK_BYTES ? carry.length : 0;
    };
    for await (const chunk of readChunks(path)) {
        if (needBytes > 0) {
            waiting.push(Buffer.from(chunk)); // kept past the next read: copied
            waitingBytes += chunk.length;
            if (waitingBytes < needBytes)
                continue;
        }
        const bytes = waiting.length > 0 ? Buffer.concat(waiting) : chunk;
        waiting = [];
        waitingBytes = 0;
        feed(bytes);
    }
    // The file ended while a long construct waited for more: parse what there is (it ends there or is truncated).
    if (waiting.length > 0)
        feed(Buffer.concat(waiting));
    buf = carry + tail.toString('utf8');
    countedTo = 0;
    nextNewline = buf.indexOf('\n');
    if (buf.trim() !== '')
        fail(`unexpected end of file inside '${buf.slice(0, 20).replace(/\s+/g, ' ')}…' (truncated?)`, 0);
    if (stack.length > 0)
        fail(`unexpected end of file: <${stack[stack.length - 1]}> is not closed (truncated?)`, buf.length);
    if (!sawRoot)
        throw (0,errors/* fileError */.zS)(path, 'is not well-formed XML: document must contain a root element');
}

// EXTERNAL MODULE: ./actions/coverage-gate/src/model.ts
var model = __nccwpck_require__(4838);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/format.ts
/** The root element's name of an XML head, past the declaration, comments and DOCTYPE. */
function xmlRoot(head) {
    if (!head.startsWith('<'))
        return undefined;
    return /<([A-Za-z_][\w.-]*)[\s>/]/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''))?.[1];
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/clover.ts



const count = (value) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : 0;
};
/**
 * Clover XML (istanbul/jest, PHPUnit, OpenClover): <file> elements under <package> or directly under
 * <project>; <line type="stmt|cond|method" num count truecount falsecount>. Statement and condition
 * lines are the executable lines; `cond` lines carry branches (truecount covered, falsecount not);
 * `method` lines are functions. A file's own <metrics> gives the function and branch counts.
 * PHPUnit writes one <line> per line number, so a one-line method's only statement is its `method` line
 * (marked by PHPUnit's CRAP index): a method line with no statement before the next method is also a line.
 */
async function parseClover(path) {
    const builder = new model/* ReportBuilder */.ex();
    let root;
    let file;
    const stack = [];
    /** A PHPUnit method line not yet followed by a statement of its own: [line, hits]. */
    let oneLineMethod;
    const settleMethod = () => {
        if (oneLineMethod && file)
            file.addLine(oneLineMethod[0], oneLineMethod[1]);
        oneLineMethod = undefined;
    };
    await streamXml(path, {
        open(name, attrs, line) {
            const parent = stack[stack.length - 1];
            stack.push(name);
            if (root === undefined) {
                root = name;
                if (name !== 'coverage')
                    throw (0,errors/* fileError */.zS)(path, `is not a Clover report: the root element is <${name}>, expected <coverage>`, line);
            }
            if (name === 'file') {
                const filePath = attrs.path ?? attrs.name;
                if (filePath === undefined)
                    throw (0,errors/* fileError */.zS)(path, '<file> has neither a path nor a name attribute', line);
                file = builder.fileFor(detach(filePath));
                return;
            }
            if (!file)
                return;
            if (name === 'line') {
                const num = Number(attrs.num);
                if (!Number.isInteger(num) || num < 1)
                    throw (0,errors/* fileError */.zS)(path, `<line> has an invalid num="${attrs.num ?? ''}"`, line);
                const type = attrs.type ?? 'stmt';
                if (type === 'method') {
                    settleMethod();
                    file.addFunction(detach(attrs.name ? `${attrs.name}@${num}` : `line ${num}`), num, count(attrs.count));
                    if (attrs.crap !== undefined)
                        oneLineMethod = [num, count(attrs.count)];
                    return;
                }
                oneLineMethod = undefined;
                file.addLine(num, count(attrs.count));
                if (type === 'cond') {
                    const covered = count(attrs.truecount);
                    const missed = count(attrs.falsecount);
                    file.addBranches(num, [...new Array(covered).fill(1), ...new Array(missed).fill(0)]);
                }
                return;
            }
            if (name === 'metrics' && parent === 'file') {
                // The tool's own counts: PHPUnit counts a method covered only when all its lines are, and
                // istanbul's conditionals include branches on lines that are not statement lines.
                file.summary = {
                    functions: { total: count(attrs.methods), covered: count(attrs.coveredmethods) },
                    branches: { total: count(attrs.conditionals), covered: count(attrs.coveredconditionals) },
                };
            }
        },
        close(name) {
            stack.pop();
            if (name === 'file') {
                settleMethod();
                file = undefined;
            }
        },
    });
    return builder.finish();
}
const clover = {
    id: 'clover',
    label: 'Clover XML',
    detect: (head) => xmlRoot(head) === 'coverage' && (/<coverage\b[^>]*\bclover=/.test(head) || /<project\b/.test(head)),
    read: parseClover,
};

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/cobertura.ts



const CONDITION = /\((\d+)\s*\/\s*(\d+)\)/;
/** Hits attribute: integers, and the odd float / huge count some generators write. */
function hitsOf(value) {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : 0;
}
/** "True"/"true"/"1" — coverlet writes True/False. */
const isTrue = (value) => value !== undefined && (value === 'true' || value === 'True' || value === '1' || value.toLowerCase() === 'true');
/**
 * Cobertura XML (coverage.py, gcovr, istanbul/c8/vitest, coverlet, simplecov, MATLAB...):
 * class-level <line number hits branch condition-coverage> give lines and branches; lines repeated
 * under <method> only tell which lines a method covers. Rates on the root (NaN for MATLAB) are ignored:
 * everything is recomputed from the lines. A method without `hits` is covered when any of its lines is
 * (coverlet, ReportGenerator), except in PHPUnit's reports (root `version="0.4"`): PHPUnit counts a
 * method as covered only when all its lines are.
 */
async function parseCobertura(path) {
    const builder = new model/* ReportBuilder */.ex();
    let root;
    let inSource = false;
    let sourceText = '';
    let file;
    let inMethod = false;
    let methodKey = '';
    let className = '';
    let methodLine = 0;
    let methodHits;
    let methodAnyLineHit = false;
    let methodAllLinesHit = true;
    let coveredWhenAllLines = false;
    const collectSource = (text) => {
        if (inSource)
            sourceText += text;
    };
    const handlers = {
        open(name, attrs, line) {
            if (root === undefined) {
                root = name;
                coveredWhenAllLines = attrs.version === '0.4';
                if (name !== 'coverage')
                    throw (0,errors/* fileError */.zS)(path, `is not a Cobertura report: the root element is <${name}>, expected <coverage>`, line);
            }
            switch (name) {
                case 'line': {
                    if (!file)
                        return;
                    const number = Number(attrs.number);
                    if (!Number.isInteger(number) || number < 1)
                        throw (0,errors/* fileError */.zS)(path, `<line> has an invalid number="${attrs.number ?? ''}"`, line);
                    const hits = hitsOf(attrs.hits);
                    if (inMethod) {
                        if (methodLine === 0 || number < methodLine)
                            methodLine = number;
                        if (hits > 0)
                            methodAnyLineHit = true;
                        else
                            methodAllLinesHit = false;
                        return;
                    }
                    file.addLine(number, hits);
                    if (isTrue(attrs.branch)) {
                        const match = CONDITION.exec(attrs['condition-coverage'] ?? '');
                        if (match) {
                            const covered = Number(match[1]);
                            const total = Number(match[2]);
                            const outcomes = new Array(total).fill(0).fill(1, 0, Math.min(covered, total));
                            // A line listed in several classes (coverlet) holds the same branches: merge, don't append.
                            file.addBranches(number, outcomes);
                        }
                    }
                    return;
                }
                case 'class': {
                    const filename = attrs.filename;
                    if (filename === undefined)
                        throw (0,errors/* fileError */.zS)(path, '<class> has no filename attribute', line);
                    file = builder.section(detach(filename));
                    className = detach(attrs.name ?? '');
                    return;
                }
                case 'method':
                    inMethod = true;
                    methodKey = detach(`${className}.${attrs.name ?? ''}${attrs.signature ?? ''}`);
                    methodLine = 0;
                    methodHits = attrs.hits === undefined ? undefined : hitsOf(attrs.hits);
                    methodAnyLineHit = false;
                    methodAllLinesHit = true;
                    return;
                case 'source':
                    inSource = true;
                    sourceText = '';
                    // Text is wanted only here: without a text handler the reader skips character data for free.
                    handlers.text = collectSource;
                    return;
            }
        },
        close(name) {
            if (name === 'method') {
                inMethod = false;
                const linesSay = coveredWhenAllLines ? methodAnyLineHit && methodAllLinesHit : methodAnyLineHit;
                if (file)
                    file.addFunction(methodKey, methodLine, methodHits ?? (linesSay ? 1 : 0));
            }
            else if (name === 'class') {
                file = undefined;
            }
            else if (name === 'source') {
                inSource = false;
                handlers.text = undefined;
                const source = sourceText.trim();
                if (source !== '')
                    builder.sourceRoots.push(detach(source));
            }
        },
    };
    await streamXml(path, handlers);
    return builder.finish();
}
const cobertura = {
    id: 'cobertura',
    label: 'Cobertura XML',
    // Listed after Clover, whose root element is <coverage> too.
    detect: (head) => xmlRoot(head) === 'coverage',
    read: parseCobertura,
};

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
        throw (0,errors/* fileError */.zS)(file, `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, errLine, errColumn);
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
const json_isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const isDelimiter = (c) => c === 44 || c === 125 || c === 93 || json_isSpace(c);
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
        throw (0,errors/* fileError */.zS)(file, `is not valid JSON: ${message}`, line, at - lineStart + 1);
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
            if (json_isSpace(c)) {
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
        throw (0,errors/* fileError */.zS)(file, 'is not valid JSON: the file holds no value');
    if (phase !== enum_.done || capturing || inKey) {
        throw (0,errors/* fileError */.zS)(file, 'is not valid JSON: unexpected end of file (truncated?)', line, base - lineStart + 1);
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/coveragepy-json.ts


/**
 * coverage.py JSON (`coverage json`, formats 1-3): executed/missing lines and, with branch
 * coverage, executed/missing arcs grouped by their source line. Functions come from the
 * "functions" section of coverage.py 7.5+ (module-level code, the "" entry, is not a function; nor is a
 * function whose every line is excluded, e.g. by `# pragma: no cover`: it has no statement to cover).
 */
async function parseCoveragePyJson(path) {
    const builder = new model/* ReportBuilder */.ex();
    let sawFiles = false;
    await streamJson(path, {
        select: (p) => p.length === 2 && p[0] === 'files',
        descend: (p) => p.length === 0 || (p.length === 1 && p[0] === 'files'),
        onValue(value, p) {
            sawFiles = true;
            const data = value;
            const name = String(p[1]);
            if (!Array.isArray(data.executed_lines) || !Array.isArray(data.missing_lines)) {
                throw (0,errors/* fileError */.zS)(path, `file '${name}' has no executed_lines/missing_lines: is this coverage.py JSON?`);
            }
            const file = new model/* FileCoverage */.zr(name);
            const all = [
                ...data.executed_lines.map((l) => [l, 1]),
                ...data.missing_lines.map((l) => [l, 0]),
            ].sort((a, b) => a[0] - b[0]);
            for (const [line, hits] of all)
                file.addLine(line, hits);
            const arcs = new Map();
            for (const [from] of data.executed_branches ?? [])
                (arcs.get(from) ?? arcs.set(from, []).get(from)).push(1);
            for (const [from] of data.missing_branches ?? [])
                (arcs.get(from) ?? arcs.set(from, []).get(from)).push(0);
            for (const line of [...arcs.keys()].sort((a, b) => a - b))
                file.addBranches(line, arcs.get(line));
            for (const [fn, info] of Object.entries(data.functions ?? {})) {
                if (fn === '')
                    continue;
                const lines = [...(info.executed_lines ?? []), ...(info.missing_lines ?? [])];
                if (lines.length === 0)
                    continue;
                file.addFunction(fn, Math.min(...lines), (info.executed_lines ?? []).length > 0 ? 1 : 0);
            }
            // Reports combined or edited after the fact can list executed lines that are not statements;
            // then the file's own summary is what coverage.py reports, and it wins.
            const stated = data.summary;
            if (stated &&
                typeof stated.num_statements === 'number' &&
                typeof stated.covered_lines === 'number' &&
                stated.num_statements !== all.length) {
                file.summary = { lines: { total: stated.num_statements, covered: stated.covered_lines } };
            }
            builder.addFile(file);
        },
    });
    if (!sawFiles)
        throw (0,errors/* fileError */.zS)(path, 'has no "files" section: is this coverage.py JSON (`coverage json`)?');
    return builder.finish();
}
const coveragePyJson = {
    id: 'coveragepy-json',
    label: 'coverage.py JSON',
    detect: (head) => head.startsWith('{') && (/^\{\s*"meta"\s*:\s*\{[^}]*"version"/.test(head) || /"executed_lines"\s*:/.test(head)),
    read: parseCoveragePyJson,
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/shared/src/action/files.ts
var files = __nccwpck_require__(6662);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/go.ts



// file:startLine.startCol,endLine.endCol numStmt count
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
/**
 * Go cover profile (`go test -coverprofile`, modes set/count/atomic; several profiles concatenated
 * with repeated mode lines are accepted). Statements are the blocks weighted by their statement
 * count, which is exactly what `go tool cover -func` totals; a line is executable when a block spans
 * it and covered when any block spanning it ran. Paths are import paths, mapped to files through the repository's go.mod files.
 */
async function parseGoProfile(path) {
    const builder = new model/* ReportBuilder */.ex();
    let sawMode = false;
    await scanLines(path, (text, line) => {
        if (text.startsWith('mode:')) {
            const mode = text.slice(5).trim();
            if (mode !== 'set' && mode !== 'count' && mode !== 'atomic')
                throw (0,errors/* fileError */.zS)(path, `unknown cover mode '${mode}'`, line);
            sawMode = true;
            return;
        }
        if (text.trim() === '')
            return;
        if (!sawMode)
            throw (0,errors/* fileError */.zS)(path, 'is not a Go cover profile: the first line must be "mode: set|count|atomic"', line);
        const match = BLOCK.exec(text);
        if (!match)
            throw (0,errors/* fileError */.zS)(path, `is not a valid Go cover profile line: '${text.slice(0, 80)}'`, line);
        const [, name, sl, sc, el, ec, stmts, hits] = match;
        const file = builder.building(name) ?? builder.fileFor(detach(name));
        const count = Number(hits);
        // Blocks repeat when profiles of several packages are concatenated (-coverpkg): same key merges.
        file.addStatement(detach(`${sl}.${sc},${el}.${ec}`), Number(stmts), count);
        const start = Number(sl);
        const end = Number(el);
        for (let l = start; l <= end; l++)
            file.addLine(l, count);
    });
    return builder.finish();
}
/** Reads `module x` from go.mod text. */
function goModulePath(goModText) {
    return /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(goModText)?.[2];
}
/** Module path -> repository-relative directory of its go.mod ('' for the root), from every go.mod of the checkout. */
async function goModules(repository) {
    const modules = new Map();
    for (const file of repository.files) {
        if (file !== 'go.mod' && !file.endsWith('/go.mod'))
            continue;
        // Read like any file the user names: a go.mod linked out of the workspace (or to /proc) is not read.
        const read = await (0,files/* readUserFile */.E1)('go.mod', file, { root: repository.workspace, maxBytes: 1024 * 1024 }).catch(() => undefined);
        const module = goModulePath(read?.text ?? '');
        const dir = external_node_path_default().posix.dirname(file);
        if (module)
            modules.set(module, dir === '.' ? '' : dir);
    }
    return modules;
}
/** Import path -> repository path, through the go.mod whose module path is the longest prefix (nested modules win). */
function importPathResolver(modules) {
    const longestFirst = [...modules].sort((a, b) => b[0].length - a[0].length);
    return (reportPath) => {
        const owner = longestFirst.find(([module]) => reportPath.startsWith(`${module}/`));
        return owner && external_node_path_default().posix.join(owner[1], reportPath.slice(owner[0].length + 1));
    };
}
const go = {
    id: 'go',
    label: 'Go cover profile',
    detect: (head) => /^mode: (set|count|atomic)\b/.test(head),
    read: parseGoProfile,
    pathResolver: async (repository) => importPathResolver(await goModules(repository)),
};

// EXTERNAL MODULE: ./packages/shared/src/action/schema.ts
var schema = __nccwpck_require__(2050);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/istanbul-json.ts


/**
 * Istanbul coverage-final.json (nyc, jest, c8, vitest): per file, statement/function/branch maps and
 * hit counts. Lines are derived exactly as istanbul does (a line's hits = the most hit statement
 * starting on it), so the totals equal istanbul's text summary.
 */
async function parseIstanbulJson(path) {
    const builder = new model/* ReportBuilder */.ex();
    await streamJson(path, {
        select: (p) => p.length === 1,
        onValue(value, p) {
            const key = String(p[0]);
            let raw = value;
            if ((0,schema/* isPlainObject */.Qd)(raw) && (0,schema/* isPlainObject */.Qd)(raw.data) && !raw.statementMap)
                raw = raw.data; // istanbul 1.x wrapper
            if (!(0,schema/* isPlainObject */.Qd)(raw) || !(0,schema/* isPlainObject */.Qd)(raw.statementMap) || !(0,schema/* isPlainObject */.Qd)(raw.s)) {
                throw (0,errors/* fileError */.zS)(path, `entry '${key}' is not istanbul file coverage (no statementMap/s): is this coverage-final.json?`);
            }
            const data = raw;
            const file = new model/* FileCoverage */.zr(typeof data.path === 'string' ? data.path : key);
            const lineMax = new Map();
            for (const [id, hits] of Object.entries(data.s)) {
                const line = data.statementMap[id]?.start?.line;
                if (line === undefined)
                    continue;
                file.addStatement(id, 1, hits);
                const previous = lineMax.get(line);
                if (previous === undefined || previous < hits)
                    lineMax.set(line, hits);
            }
            for (const line of [...lineMax.keys()].sort((a, b) => a - b))
                file.addLine(line, lineMax.get(line));
            for (const [id, hits] of Object.entries(data.f ?? {})) {
                const fn = data.fnMap?.[id];
                file.addFunction(`${id}:${fn?.name ?? ''}`, fn?.decl?.start?.line ?? fn?.loc?.start?.line ?? fn?.line ?? 0, hits);
            }
            for (const [id, hits] of Object.entries(data.b ?? {})) {
                const branch = data.branchMap?.[id];
                const line = branch?.loc?.start?.line ?? branch?.locations?.[0]?.start?.line ?? branch?.line ?? 0;
                if (Array.isArray(hits))
                    file.addBranches(line, hits);
            }
            builder.addFile(file);
        },
    });
    return builder.finish();
}
const istanbulJson = {
    id: 'istanbul-json',
    label: 'istanbul coverage-final.json',
    detect: (head) => head.startsWith('{') && /"statementMap"\s*:/.test(head),
    read: parseIstanbulJson,
};

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/istanbul-summary.ts


/** Istanbul coverage-summary.json: counts only (no lines), so new-code coverage cannot use it. */
async function parseIstanbulSummary(path) {
    const builder = new model/* ReportBuilder */.ex();
    await streamJson(path, {
        select: (p) => p.length === 1 && p[0] !== 'total',
        descend: (p) => p.length === 0,
        onValue(value, p) {
            const key = String(p[0]);
            if (!(0,schema/* isPlainObject */.Qd)(value) || !(0,schema/* isPlainObject */.Qd)(value.lines))
                throw (0,errors/* fileError */.zS)(path, `entry '${key}' is not an istanbul summary (no "lines")`);
            const counts = (metric) => {
                const c = value[metric];
                return { total: Number(c?.total ?? 0), covered: Number(c?.covered ?? 0) };
            };
            const file = new model/* FileCoverage */.zr(key);
            file.summary = {
                lines: counts('lines'),
                branches: counts('branches'),
                functions: counts('functions'),
                statements: counts('statements'),
            };
            builder.addFile(file);
        },
    });
    return builder.finish();
}
const istanbulSummary = {
    id: 'istanbul-summary',
    label: 'istanbul coverage-summary.json',
    detect: (head) => head.startsWith('{') &&
        (/^\{\s*"total"\s*:\s*\{\s*"lines"\s*:/.test(head) ||
            /"lines"\s*:\s*\{\s*"total"\s*:\s*\d+\s*,\s*"covered"/.test(head)),
    read: parseIstanbulSummary,
};

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/jacoco.ts



const jacoco_count = (value) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : 0;
};
/**
 * JaCoCo XML: <package name="com/x"> holds <class sourcefilename> with <method line> and a METHOD
 * counter, and <sourcefile name> with <line nr mi ci mb cb>. A line is covered when any of its
 * instructions ran (JaCoCo's own LINE counter rule); its branches are cb covered + mb missed.
 * Files are named <package>/<sourcefile> and mapped to the repository by path suffix.
 */
async function parseJacoco(path) {
    const builder = new model/* ReportBuilder */.ex();
    let root;
    let pkg = '';
    let className = '';
    let classFile;
    let method;
    let sourceFile;
    const fileName = (name) => detach(pkg === '' ? name : `${pkg}/${name}`);
    await streamXml(path, {
        open(name, attrs, line) {
            if (root === undefined) {
                root = name;
                if (name !== 'report')
                    throw (0,errors/* fileError */.zS)(path, `is not a JaCoCo report: the root element is <${name}>, expected <report>`, line);
            }
            switch (name) {
                case 'line': {
                    if (!sourceFile)
                        return;
                    const nr = Number(attrs.nr);
                    if (!Number.isInteger(nr) || nr < 1)
                        throw (0,errors/* fileError */.zS)(path, `<line> has an invalid nr="${attrs.nr ?? ''}"`, line);
                    const ci = jacoco_count(attrs.ci);
                    const mi = jacoco_count(attrs.mi);
                    if (ci + mi === 0)
                        return;
                    sourceFile.addLine(nr, ci);
                    const cb = jacoco_count(attrs.cb);
                    const mb = jacoco_count(attrs.mb);
                    if (cb + mb > 0)
                        sourceFile.addBranches(nr, [...new Array(cb).fill(1), ...new Array(mb).fill(0)]);
                    return;
                }
                case 'counter':
                    if (method && attrs.type === 'METHOD')
                        method.covered = jacoco_count(attrs.covered);
                    return;
                case 'method':
                    if (classFile)
                        method = {
                            key: detach(`${className}.${attrs.name ?? ''}${attrs.desc ?? ''}`),
                            line: jacoco_count(attrs.line),
                            covered: 0,
                        };
                    return;
                case 'class':
                    className = attrs.name ?? '';
                    // Classes without a source file (generated code) have no lines to attribute.
                    classFile = attrs.sourcefilename ? builder.fileFor(fileName(attrs.sourcefilename)) : undefined;
                    return;
                case 'sourcefile':
                    sourceFile = builder.fileFor(fileName(attrs.name ?? ''));
                    return;
                case 'package':
                    pkg = attrs.name ?? '';
                    return;
            }
        },
        close(name) {
            switch (name) {
                case 'method':
                    if (method && classFile)
                        classFile.addFunction(method.key, method.line, method.covered);
                    method = undefined;
                    return;
                case 'class':
                    classFile = undefined;
                    return;
                case 'sourcefile':
                    sourceFile = undefined;
                    return;
                case 'package':
                    pkg = '';
                    return;
            }
        },
    });
    return builder.finish();
}
const jacoco = {
    id: 'jacoco',
    label: 'JaCoCo XML',
    detect: (head) => xmlRoot(head) === 'report',
    read: parseJacoco,
};

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/lcov.ts


const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const NEWLINE = 10;
const CR = 13;
/** Numbers the byte fast paths read themselves; longer ones go through `Number`, as text. */
const MAX_DIGITS = 15;
/** A second hash of function names, independent of FNV-1a, to tell names apart within a record. */
const IDENTITY_SEED = 0x9747b28c;
const IDENTITY_PRIME = 0x5bd1e995;
const END_OF_RECORD = Buffer.from('end_of_record');
/**
 * How many times each name identity (a non-negative int) was seen in the current record: an open-addressing
 * table in typed arrays, emptied per record by moving to the next generation. A Map cleared for every record
 * would allocate new tables for each of them, on reports of a hundred thousand records.
 */
class OccurrenceCounter {
    identities = new Int32Array(64);
    counts = new Int32Array(64);
    /** The generation a slot was written in: slots of older generations are empty. */
    generations = new Int32Array(64);
    generation = 1;
    used = 0;
    /** Forgets every count (a new record). */
    reset() {
        this.generation++;
        this.used = 0;
    }
    /** Counts one more occurrence of `identity` and returns how many there have been (1 for the first). */
    next(identity) {
        const mask = this.identities.length - 1;
        let slot = (Math.imul(identity, 0x9e3779b1) >>> 0) & mask;
        while (this.generations[slot] === this.generation) {
            if (this.identities[slot] === identity)
                return ++this.counts[slot];
            slot = (slot + 1) & mask;
        }
        this.generations[slot] = this.generation;
        this.identities[slot] = identity;
        this.counts[slot] = 1;
        if (++this.used * 2 > this.identities.length)
            this.grow();
        return 1;
    }
    /** Doubles the table, keeping the current generation's entries. */
    grow() {
        const { identities, counts, generations, generation } = this;
        const size = identities.length * 2;
        this.identities = new Int32Array(size);
        this.counts = new Int32Array(size);
        this.generations = new Int32Array(size);
        const mask = size - 1;
        for (let i = 0; i < identities.length; i++) {
            if (generations[i] !== generation)
                continue;
            let slot = (Math.imul(identities[i], 0x9e3779b1) >>> 0) & mask;
            while (this.generations[slot] === generation)
                slot = (slot + 1) & mask;
            this.generations[slot] = generation;
            this.identities[slot] = identities[i];
            this.counts[slot] = counts[i];
        }
    }
}
/**
 * lcov tracefile (geninfo, istanbul, c8, Dart, gcov/lcov 2.x): SF starts a record, DA gives line
 * hits, BRDA branch outcomes, FN/FNDA (and lcov 2.2's FNL/FNA) functions; end_of_record closes it.
 * LF/LH/BRF/BRH/FNF/FNH are the tool's own sums of the same data, recomputed from the records, except
 * where the records list one function or branch several times: `llvm-cov export` writes an FN and the
 * BRDAs per instantiation of a template or inline function, and its FNF/FNH/BRF/BRH are the merged
 * figures `llvm-cov report` prints. When a record's stated sums disagree with its records, they win.
 * The common records are read from the bytes in place, without decoding or allocating: only SF paths
 * become strings, and function names are hashed where they lie. Other lines are decoded and read as text.
 */
async function parseLcov(path) {
    const builder = new model/* ReportBuilder */.ex();
    let current;
    // Function names may repeat within a file (two `foo`s in different scopes): FN and FNDA pair up by occurrence.
    // Names are counted by an identity hash (a small integer, counted in typed arrays: nothing allocated per name) and
    // keys are their FNV-1a, computed where the name lies: no name becomes a string.
    const fnSeen = new OccurrenceCounter();
    const fndaSeen = new OccurrenceCounter();
    const fnlIndex = new Map();
    let lineNumber = 0;
    /** FNF, FNH, BRF, BRH of the current record, as the tool states them (-1: not stated). */
    let statedFnf = -1;
    let statedFnh = -1;
    let statedBrf = -1;
    let statedBrh = -1;
    /** FNV-1a of the name `identity*` last read (as int32, a small integer for V8): where the hash of its key starts. */
    let nameHash = 0;
    const identityOfString = (name) => {
        let h = model/* FNV_OFFSET */.V4;
        let g = IDENTITY_SEED;
        for (let i = 0; i < name.length; i++) {
            const c = name.charCodeAt(i);
            h = Math.imul(h ^ c, model/* FNV_PRIME */.Rq);
            g = Math.imul(g ^ c, IDENTITY_PRIME);
        }
        nameHash = h | 0;
        return (g ^ (g >>> 15)) & 0x3fffffff;
    };
    /** `identityOfString` of bytes[from, to) read as text; -1 when they are not ASCII (code units differ from bytes). */
    const identityOfBytes = (bytes, from, to) => {
        let h = model/* FNV_OFFSET */.V4;
        let g = IDENTITY_SEED;
        for (let i = from; i < to; i++) {
            const c = bytes[i];
            if (c >= 0x80)
                return -1;
            h = Math.imul(h ^ c, model/* FNV_PRIME */.Rq);
            g = Math.imul(g ^ c, IDENTITY_PRIME);
        }
        nameHash = h | 0;
        return (g ^ (g >>> 15)) & 0x3fffffff;
    };
    /** The key of a name's n-th FN (or FNDA) in the record: the name, then `name#2`, `name#3`... */
    const keyHash = (seen, identity) => {
        const n = seen.next(identity);
        return n === 1 ? nameHash : (0,model/* hashKey */.EN)(`#${n}`, nameHash);
    };
    const addFn = (file, identity, lineNo) => {
        file.addFunctionHash(keyHash(fnSeen, identity), lineNo, 0);
    };
    // The FN of the same key, when there was one, holds the line.
    const addFnda = (file, identity, hits) => {
        file.addFunctionHash(keyHash(fndaSeen, identity), 0, hits);
    };
    const openRecord = (sourcePath) => {
        closeRecord(); // a record without end_of_record
        current = new model/* FileCoverage */.zr(sourcePath);
        fnSeen.reset();
        fndaSeen.reset();
        if (fnlIndex.size > 0)
            fnlIndex.clear();
    };
    const closeRecord = () => {
        if (!current)
            return;
        const functionsDiffer = statedFnf !== -1 && statedFnh !== -1 && !agrees(current.counts('functions'), statedFnf, statedFnh);
        const branchesDiffer = statedBrf !== -1 && statedBrh !== -1 && !agrees(current.counts('branches'), statedBrf, statedBrh);
        if (functionsDiffer || branchesDiffer) {
            const summary = {};
            if (functionsDiffer)
                summary.functions = { total: statedFnf, covered: statedFnh };
            if (branchesDiffer)
                summary.branches = { total: statedBrf, covered: statedBrh };
            current.summary = summary;
        }
        builder.addFile(current);
        current = undefined;
        statedFnf = statedFnh = statedBrf = statedBrh = -1;
    };
    const agrees = (counted, total, covered) => counted.total === total && counted.covered === covered;
    const state = (tag, n) => {
        if (!current)
            return;
        if (tag === 'FNF')
            statedFnf = n;
        else if (tag === 'FNH')
            statedFnh = n;
        else if (tag === 'BRF')
            statedBrf = n;
        else
            statedBrh = n;
    };
    const bad = (line, what) => {
        throw (0,errors/* fileError */.zS)(path, `is not a valid lcov file: ${what}`, line);
    };
    const need = (line, tag) => current ?? bad(line, `${tag} before any SF: record`);
    const int = (text, line) => {
        const n = Number(text);
        if (text === '' || !Number.isFinite(n))
            bad(line, `'${text}' is not a number`);
        return n;
    };
    /** Any line the fast paths did not take, as text. */
    const slowLine = (text, line) => {
        const colon = text.indexOf(':');
        if (colon === -1) {
            const trimmed = text.trim();
            if (trimmed === 'end_of_record') {
                closeRecord();
                return;
            }
            if (trimmed === '')
                return;
            bad(line, `unexpected line '${trimmed.slice(0, 80)}'`);
        }
        const tag = text.slice(0, colon);
        const value = text.slice(colon + 1);
        switch (tag) {
            case 'DA': {
                const file = need(line, tag);
                const parts = value.split(',');
                if (parts.length < 2)
                    bad(line, `DA needs '<line>,<hits>'`);
                file.addLine(int(parts[0], line), int(parts[1], line));
                return;
            }
            case 'BRDA': {
                const file = need(line, tag);
                const parts = value.split(',');
                if (parts.length < 4)
                    bad(line, `BRDA needs '<line>,<block>,<branch>,<taken>'`);
                const taken = parts[parts.length - 1];
                // Each BRDA is one outcome; outcomes of a line keep report order so shards merge position by position.
                file.addBranch(int(parts[0], line), taken === '-' ? 0 : int(taken, line));
                return;
            }
            case 'SF':
                openRecord(detach(value.trim()));
                return;
            case 'FN': {
                const file = need(line, tag);
                // FN:<line>,<name> or (lcov 2.x) FN:<line>,<end line>,<name>
                const first = value.indexOf(',');
                if (first === -1)
                    bad(line, `FN needs '<line>,<name>'`);
                let name = value.slice(first + 1);
                const second = name.indexOf(',');
                if (second !== -1 && /^\d+$/.test(name.slice(0, second)))
                    name = name.slice(second + 1);
                const identity = identityOfString(name);
                addFn(file, identity, int(value.slice(0, first), line));
                return;
            }
            case 'FNDA': {
                const file = need(line, tag);
                const comma = value.indexOf(',');
                if (comma === -1)
                    bad(line, `FNDA needs '<hits>,<name>'`);
                const hits = int(value.slice(0, comma), line);
                addFnda(file, identityOfString(value.slice(comma + 1)), hits);
                return;
            }
            case 'FNL': {
                // lcov 2.2: FNL:<index>,<line>[,<end>] then FNA:<index>,<hits>,<name>
                need(line, tag);
                const parts = value.split(',');
                fnlIndex.set(parts[0], int(parts[1] ?? '', line));
                return;
            }
            case 'FNA': {
                const file = need(line, tag);
                const parts = value.split(',');
                if (parts.length < 3)
                    bad(line, `FNA needs '<index>,<hits>,<name>'`);
                file.addFunction(`${parts.slice(2).join(',')}@${parts[0]}`, fnlIndex.get(parts[0]) ?? 0, int(parts[1], line));
                return;
            }
            case 'BRF':
            case 'BRH':
            case 'FNF':
            case 'FNH': {
                const n = Number(value.trim());
                if (Number.isInteger(n) && n >= 0)
                    state(tag, n);
                return;
            }
            case 'TN':
            case 'VER':
            case 'LF':
            case 'LH':
            case 'MDA':
                return;
            default:
                if (/^[A-Z]+$/.test(tag))
                    return; // future lcov record types carry nothing we count
                bad(line, `unexpected line '${text.slice(0, 80)}'`);
        }
    };
    let first = true;
    // Chunks end at line ends, so a line is always whole in its chunk (reads past its end give undefined).
    for await (const bytes of readChunks(path, { wholeLines: true })) {
        const n = bytes.length;
        let p = 0;
        if (first) {
            first = false;
            if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                p = 3; // BOM
        }
        while (p < n) {
            lineNumber++;
            const start = p;
            // The line's end (before CR LF or LF), and where the next one starts.
            let end = p;
            while (end < n && bytes[end] !== NEWLINE)
                end++;
            const next = end + 1;
            if (end > p && bytes[end - 1] === CR)
                end--;
            const c0 = bytes[p];
            if (current) {
                // DA:<line>,<hits>[,<checksum>]
                if (c0 === 68 && bytes[p + 1] === 65 && bytes[p + 2] === 58) {
                    let q = p + 3;
                    let c = bytes[q];
                    let lineNo = 0;
                    while (c >= DIGIT_0 && c <= DIGIT_9 && q < end) {
                        lineNo = lineNo * 10 + (c - DIGIT_0);
                        c = bytes[++q];
                    }
                    if (c === COMMA && q > p + 3 && q - p - 3 <= MAX_DIGITS) {
                        const hitsStart = ++q;
                        let hits = 0;
                        c = bytes[q];
                        while (c >= DIGIT_0 && c <= DIGIT_9 && q < end) {
                            hits = hits * 10 + (c - DIGIT_0);
                            c = bytes[++q];
                        }
                        if (q > hitsStart && q - hitsStart <= MAX_DIGITS && (q === end || c === COMMA)) {
                            current.addLine(lineNo, hits);
                            p = next;
                            continue;
                        }
                    }
                }
                // BRDA:<line>,<block>,<branch>,<taken> (block and branch may be names in lcov 2.x: skipped)
                else if (c0 === 66 &&
                    bytes[p + 1] === 82 &&
                    bytes[p + 2] === 68 &&
                    bytes[p + 3] === 65 &&
                    bytes[p + 4] === 58) {
                    let q = p + 5;
                    let c = bytes[q];
                    let lineNo = 0;
                    while (c >= DIGIT_0 && c <= DIGIT_9 && q < end) {
                        lineNo = lineNo * 10 + (c - DIGIT_0);
                        c = bytes[++q];
                    }
                    let lastComma = end - 1;
                    while (lastComma > q && bytes[lastComma] !== COMMA)
                        lastComma--;
                    if (c === COMMA && q > p + 5 && q - p - 5 <= MAX_DIGITS && lastComma > q) {
                        let r = lastComma + 1;
                        if (r === end - 1 && bytes[r] === 45) {
                            current.addBranch(lineNo, 0);
                            p = next;
                            continue;
                        }
                        let taken = 0;
                        c = bytes[r];
                        while (r < end && c >= DIGIT_0 && c <= DIGIT_9) {
                            taken = taken * 10 + (c - DIGIT_0);
                            c = bytes[++r];
                        }
                        if (r === end && r > lastComma + 1 && r - lastComma - 1 <= MAX_DIGITS) {
                            current.addBranch(lineNo, taken);
                            p = next;
                            continue;
                        }
                    }
                }
                // FN:<line>,<name>, FN:<line>,<end line>,<name>, FNDA:<hits>,<name>, FNF/FNH:<count>
                else if (c0 === 70 && bytes[p + 1] === 78) {
                    const c2 = bytes[p + 2];
                    const isFn = c2 === 58;
                    const isFnda = c2 === 68 && bytes[p + 3] === 65 && bytes[p + 4] === 58;
                    if (isFn || isFnda) {
                        let q = p + (isFn ? 3 : 5);
                        const digitsStart = q;
                        let value = 0;
                        let c = bytes[q];
                        while (c >= DIGIT_0 && c <= DIGIT_9 && q < end) {
                            value = value * 10 + (c - DIGIT_0);
                            c = bytes[++q];
                        }
                        if (c === COMMA && q > digitsStart && q - digitsStart <= MAX_DIGITS) {
                            let nameStart = q + 1;
                            if (isFn) {
                                // An end line after the start line (lcov 2.x) when digits run up to a second comma.
                                let r = nameStart;
                                while (r < end && bytes[r] >= DIGIT_0 && bytes[r] <= DIGIT_9)
                                    r++;
                                if (r > nameStart && r < end && bytes[r] === COMMA)
                                    nameStart = r + 1;
                            }
                            const identity = identityOfBytes(bytes, nameStart, end);
                            if (identity !== -1) {
                                if (isFn)
                                    addFn(current, identity, value);
                                else
                                    addFnda(current, identity, value);
                                p = next;
                                continue;
                            }
                        }
                    }
                    else if ((c2 === 70 || c2 === 72) && bytes[p + 3] === 58) {
                        if (statedCount(bytes, p + 4, end, c2 === 70 ? 'FNF' : 'FNH')) {
                            p = next;
                            continue;
                        }
                    }
                }
                // BRF/BRH:<count>
                else if (c0 === 66 &&
                    bytes[p + 1] === 82 &&
                    (bytes[p + 2] === 70 || bytes[p + 2] === 72) &&
                    bytes[p + 3] === 58) {
                    if (statedCount(bytes, p + 4, end, bytes[p + 2] === 70 ? 'BRF' : 'BRH')) {
                        p = next;
                        continue;
                    }
                }
                // LF/LH:<count> (recomputed from the DA lines)
                else if (c0 === 76 && (bytes[p + 1] === 70 || bytes[p + 1] === 72) && bytes[p + 2] === 58) {
                    p = next;
                    continue;
                }
                // end_of_record
                else if (c0 === 101 &&
                    end - p === END_OF_RECORD.length &&
                    bytes.compare(END_OF_RECORD, 0, END_OF_RECORD.length, p, end) === 0) {
                    closeRecord();
                    p = next;
                    continue;
                }
            }
            // SF:<path>
            if (c0 === 83 && bytes[p + 1] === 70 && bytes[p + 2] === 58) {
                const raw = bytes.toString('utf8', p + 3, end);
                const trimmed = raw.trim();
                // A fresh string, not a slice of the chunk; only trimming would make one.
                openRecord(trimmed === raw ? raw : detach(trimmed));
                p = next;
                continue;
            }
            // TN:<test name>
            if (c0 === 84 && bytes[p + 1] === 78 && bytes[p + 2] === 58) {
                p = next;
                continue;
            }
            slowLine(bytes.toString('utf8', start, end), lineNumber);
            p = next;
        }
    }
    closeRecord();
    return builder.finish();
    /** A stated FNF/FNH/BRF/BRH count of plain digits; false when it needs reading as text. */
    function statedCount(bytes, from, to, tag) {
        if (to <= from || to - from > MAX_DIGITS)
            return false;
        let value = 0;
        for (let q = from; q < to; q++) {
            const c = bytes[q];
            if (c < DIGIT_0 || c > DIGIT_9)
                return false;
            value = value * 10 + (c - DIGIT_0);
        }
        state(tag, value);
        return true;
    }
}
const lcov = {
    id: 'lcov',
    label: 'lcov',
    detect: (head) => /^(TN|SF|VER):/.test(head),
    read: parseLcov,
};

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/opencover.ts



const opencover_count = (value) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : 0;
};
/**
 * OpenCover XML (OpenCover, coverlet): per module, <File uid fullPath>; per method, sequence points
 * (vc = visits, sl..el = lines) and branch points. Sequence points are the statements (OpenCover's
 * own sequenceCoverage); a line is covered when any sequence point on it ran. Modules skipped by the
 * tool (skippedDueTo) are ignored.
 */
async function parseOpenCover(path) {
    const builder = new model/* ReportBuilder */.ex();
    let root;
    let module = 0;
    let skippedModule = false;
    const filesById = new Map();
    let methodFile;
    let methodName = '';
    let inName = false;
    let methodVisited = false;
    let methodLine = 0;
    let methodHit = false;
    let inMethod = false;
    let methodSkipped = false;
    let methodClass = '';
    let className = '';
    let inClassName = false;
    let classDepth = 0;
    const fileOf = (attrs) => {
        const id = attrs.fileid;
        if (id !== undefined) {
            const name = filesById.get(`${module}:${id}`);
            return name === undefined ? undefined : builder.fileFor(name);
        }
        return methodFile;
    };
    await streamXml(path, {
        open(name, attrs, line) {
            if (root === undefined) {
                root = name;
                if (name !== 'CoverageSession')
                    throw (0,errors/* fileError */.zS)(path, `is not an OpenCover report: the root element is <${name}>, expected <CoverageSession>`, line);
            }
            if (skippedModule && name !== 'Module')
                return;
            switch (name) {
                case 'Module':
                    module++;
                    skippedModule = attrs.skippedDueTo !== undefined;
                    return;
                case 'File':
                    if (attrs.uid !== undefined && attrs.fullPath !== undefined)
                        filesById.set(`${module}:${attrs.uid}`, detach(attrs.fullPath));
                    return;
                case 'Class':
                    classDepth++;
                    className = '';
                    return;
                case 'FullName':
                    if (!inMethod && classDepth > 0)
                        inClassName = true;
                    return;
                case 'Method':
                    inMethod = true;
                    methodSkipped = attrs.skippedDueTo !== undefined;
                    methodVisited = attrs.visited === 'true';
                    methodName = '';
                    methodLine = 0;
                    methodHit = false;
                    methodFile = undefined;
                    methodClass = className;
                    return;
                case 'Name':
                    if (inMethod)
                        inName = true;
                    return;
                case 'FileRef':
                    if (inMethod && attrs.uid !== undefined) {
                        const fileName = filesById.get(`${module}:${attrs.uid}`);
                        methodFile = fileName === undefined ? undefined : builder.fileFor(fileName);
                    }
                    return;
                case 'SequencePoint': {
                    if (methodSkipped)
                        return;
                    const file = fileOf(attrs);
                    if (!file)
                        return;
                    const vc = opencover_count(attrs.vc);
                    const sl = opencover_count(attrs.sl);
                    const el = Math.max(opencover_count(attrs.el), sl);
                    if (sl === 0)
                        return;
                    file.addStatement(`${sl}.${attrs.sc ?? ''},${el}.${attrs.ec ?? ''}`, 1, vc);
                    for (let l = sl; l <= el; l++)
                        file.addLine(l, vc);
                    if (methodLine === 0 || sl < methodLine)
                        methodLine = sl;
                    if (vc > 0)
                        methodHit = true;
                    return;
                }
                case 'BranchPoint': {
                    if (methodSkipped)
                        return;
                    const file = fileOf(attrs);
                    const sl = opencover_count(attrs.sl);
                    if (file && sl > 0)
                        file.addBranches(sl, [opencover_count(attrs.vc)]);
                    return;
                }
            }
        },
        close(name) {
            switch (name) {
                case 'Method':
                    // Methods without sequence points (abstract, compiler-generated) have nothing to cover.
                    if (!methodSkipped && methodFile && methodLine > 0) {
                        methodFile.addFunction(detach(`${methodClass}::${methodName}`), methodLine, methodVisited || methodHit ? 1 : 0);
                    }
                    inMethod = false;
                    return;
                case 'Name':
                    inName = false;
                    return;
                case 'FullName':
                    inClassName = false;
                    return;
                case 'Class':
                    classDepth--;
                    return;
                case 'Module':
                    skippedModule = false;
                    return;
            }
        },
        text(text) {
            if (inName)
                methodName += text;
            else if (inClassName)
                className += text;
        },
    });
    return builder.finish();
}
const openCover = {
    id: 'opencover',
    label: 'OpenCover XML',
    detect: (head) => xmlRoot(head) === 'CoverageSession',
    read: parseOpenCover,
};

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/index.ts









const FORMATS = [
    lcov,
    clover,
    cobertura,
    jacoco,
    istanbulJson,
    istanbulSummary,
    go,
    coveragePyJson,
    openCover,
];

;// CONCATENATED MODULE: ./actions/coverage-gate/src/parse.ts
/** One report file to the model: its format (forced, or detected from its first KB), then that format's reader. */


/** The names the `format` input accepts besides `auto`. */
const FORMAT_IDS = FORMATS.map((format) => format.id);
const EXPECTED_REPORT = `a coverage report (${FORMATS.map((format) => format.label).join(', ')})`;
function formatById(id) {
    return FORMATS.find((format) => format.id === id);
}
/** Recognizes a format from the first KB of a report (the first listed format that does); undefined when none does. */
function detectFormat(head) {
    const text = head.trimStart();
    return FORMATS.find((format) => format.detect(text));
}
/**
 * Parses one report. The format is `format` when given, otherwise detected from the content;
 * empty, binary and unrecognized files are UserErrors naming the file.
 */
async function parseReport(path, format) {
    const head = await sniffFile(path, EXPECTED_REPORT);
    const detected = format ?? detectFormat(head.text);
    if (!detected) {
        // Described, not quoted: a file that is no report may hold anything.
        throw (0,errors/* fileError */.zS)(path, `is not ${EXPECTED_REPORT}: ${describeStart(head.text)}. Set 'format' if detection is wrong.`);
    }
    const builder = await detected.read(path);
    return { format: detected.id, file: path, files: builder.files, sourceRoots: builder.sourceRoots };
}


/***/ }),

/***/ 7263:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ publish)
});

// UNUSED EXPORTS: uncoveredAnnotations

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(5396);
// EXTERNAL MODULE: ./packages/shared/src/github/comments.ts
var comments = __nccwpck_require__(7264);
// EXTERNAL MODULE: ./packages/shared/src/github/checks.ts
var checks = __nccwpck_require__(2855);
// EXTERNAL MODULE: ./packages/shared/src/github/client.ts
var github_client = __nccwpck_require__(5081);
// EXTERNAL MODULE: ./packages/shared/src/action/summary.ts
var summary = __nccwpck_require__(3353);
// EXTERNAL MODULE: ./packages/shared/src/action/annotations.ts
var action_annotations = __nccwpck_require__(587);
// EXTERNAL MODULE: ./actions/coverage-gate/src/baseline.ts
var baseline = __nccwpck_require__(6116);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/badge.ts
/** A flat SVG badge ("coverage | 87%"), coloured like shields.io's coverage badges. */
function color(value) {
    if (value === undefined)
        return '#9f9f9f';
    if (value >= 90)
        return '#4c1';
    if (value >= 80)
        return '#97ca00';
    if (value >= 70)
        return '#a4a61d';
    if (value >= 60)
        return '#dfb317';
    if (value >= 50)
        return '#fe7d37';
    return '#e05d44';
}
// Verdana 11px: approximate advance widths, enough for a label and a short number.
function textWidth(text) {
    let width = 0;
    for (const ch of text)
        width += /[0-9]/.test(ch) ? 7 : ch === '%' ? 10 : ch === '.' ? 4 : /[il]/.test(ch) ? 3 : /[mw]/.test(ch) ? 10 : 7;
    return width;
}
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function renderBadge(label, value) {
    const message = value === undefined ? 'unknown' : `${(Math.floor(value * 10) / 10).toFixed(1)}%`;
    const left = textWidth(label) + 10;
    const right = textWidth(message) + 10;
    const total = left + right;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${escapeXml(label)}: ${escapeXml(message)}">
<title>${escapeXml(label)}: ${escapeXml(message)}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${total}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${color(value)}"/><rect width="${total}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(label)}</text><text x="${left / 2}" y="14">${escapeXml(label)}</text>
<text x="${left + right / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(message)}</text><text x="${left + right / 2}" y="14">${escapeXml(message)}</text>
</g>
</svg>
`;
}

// EXTERNAL MODULE: ./actions/coverage-gate/src/model.ts
var model = __nccwpck_require__(4838);
// EXTERNAL MODULE: ./actions/coverage-gate/src/evaluate.ts + 1 modules
var evaluate = __nccwpck_require__(8980);
// EXTERNAL MODULE: ./actions/coverage-gate/src/rules.ts
var rules = __nccwpck_require__(7580);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/report.ts




const cell = (counts) => counts.total === 0 ? '–' : `${(0,rules/* formatPercent */.l9)((0,model/* percent */.KN)(counts))} (${counts.covered}/${counts.total})`;
/** Metrics present in at least one group, in the usual order. */
function shownMetrics(coverage) {
    return model/* METRICS */.Cb.filter((m) => coverage.totals[m].total > 0 || coverage.groups.some((g) => g.totals[m].total > 0));
}
function totalsRow(name, totals, metrics) {
    return [name, ...metrics.map((m) => cell(totals[m]))];
}
const byRank = (a, b) => a.rank - b.rank || a.path.localeCompare(b.path);
/**
 * The `limit` files of lowest line coverage, lowest first (by path among equals), and how many files there are:
 * a bounded selection, so a report of a hundred thousand files does not make a row for each.
 */
function lowestCoverage(coverage, limit) {
    const shown = [];
    let count = 0;
    for (const file of coverage.files.values()) {
        count++;
        const candidate = { path: file.path, rank: (0,model/* percent */.KN)(file.counts('lines')) ?? 101 };
        if (shown.length === limit && (limit === 0 || byRank(candidate, shown[limit - 1]) >= 0))
            continue;
        let low = 0;
        let high = shown.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (byRank(candidate, shown[middle]) < 0)
                high = middle;
            else
                low = middle + 1;
        }
        shown.splice(low, 0, { ...candidate, totals: file.totals() });
        if (shown.length > limit)
            shown.pop();
    }
    return { count, shown };
}
/** The Markdown report used for the job summary and (shorter) the PR comment. */
function renderReport(coverage, result, options) {
    const parts = [];
    const icon = result.decision === 'pass' ? '✅' : '❌';
    const failed = result.rules.filter((r) => !r.passed).length;
    parts.push(`## ${icon} Coverage ${result.decision === 'pass' ? 'passed' : 'failed'}${failed > 0 ? ` (${failed} of ${result.rules.length} rules failed)` : ''}`);
    if (result.noRules)
        parts.push(`> [!WARNING]\n> ${evaluate/* NO_RULES_MESSAGE */.oe}`);
    const metrics = shownMetrics(coverage);
    const delta = (m) => {
        const d = result.deltas[m];
        return d === undefined ? '' : ` ${d >= 0 ? '▲' : '▼'}${Math.abs(d).toFixed(2)}`;
    };
    const rows = coverage.groups.map((g) => totalsRow(g.name, g.totals, metrics));
    if (coverage.groups.length > 1 || result.baseline) {
        rows.push([(0,summary/* markdown */.wD)('**Total**'), ...metrics.map((m) => (0,summary/* markdown */.wD)(`**${cell(coverage.totals[m])}**${delta(m)}`))]);
    }
    if (metrics.length > 0)
        parts.push((0,summary/* table */.tp)(['Group', ...metrics.map((m) => m[0].toUpperCase() + m.slice(1))], rows, [
            'l',
            ...metrics.map(() => 'r'),
        ]));
    if (result.baseline)
        parts.push(`Compared with the baseline of ${result.baseline.commit ? (0,summary/* inlineCode */.ti)(result.baseline.commit.slice(0, 12)) : (0,summary/* escapeMarkdown */.FV)(result.baseline.file)}.`);
    if (result.rules.length > 0) {
        parts.push('### Rules');
        parts.push((0,summary/* table */.tp)(['Rule', 'Result', 'Actual', 'Detail'], result.rules.map((r) => [r.name, r.passed ? '✅ pass' : '❌ fail', (0,rules/* formatPercent */.l9)(r.actual), r.detail]), ['l', 'l', 'r', 'l']));
    }
    const newCode = result.newCode;
    if (newCode) {
        const p = (0,model/* percent */.KN)(newCode.totals);
        parts.push(`### New code\n${newCode.totals.total === 0 ? 'No executable line was added or changed.' : `${newCode.totals.covered} of ${newCode.totals.total} added or changed executable lines are covered (**${(0,rules/* formatPercent */.l9)(p)}**), from ${result.changed?.source === 'git' ? '`git diff` against the merge base' : 'the GitHub API'}.`}`);
        const worst = newCode.files.filter((f) => f.uncoveredLines > 0);
        if (worst.length > 0) {
            const shown = worst.slice(0, options.maxNewCodeFiles);
            parts.push((0,summary/* table */.tp)(['File', 'Uncovered changed lines', 'Lines'], shown.map((f) => [
                (0,summary/* markdown */.wD)((0,summary/* inlineCode */.ti)(f.path)),
                `${f.uncoveredLines} of ${f.total}`,
                f.uncovered.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', '),
            ]), ['l', 'r', 'l']) +
                (worst.length > shown.length
                    ? `\n\n…and ${worst.length - shown.length} more file(s) with uncovered changed lines.`
                    : ''));
        }
    }
    const { count: fileCount, shown } = lowestCoverage(coverage, options.maxFiles);
    if (fileCount > 0) {
        const body = (0,summary/* table */.tp)(['File', ...metrics.map((m) => m[0].toUpperCase() + m.slice(1))], shown.map((f) => [(0,summary/* markdown */.wD)((0,summary/* inlineCode */.ti)(f.path)), ...metrics.map((m) => cell(f.totals[m]))]), ['l', ...metrics.map(() => 'r')]) +
            (fileCount > shown.length
                ? `\n\n…and ${fileCount - shown.length} more file(s) (lowest line coverage first).`
                : '');
        parts.push((0,summary/* details */.zH)(`Coverage of ${fileCount} file(s), lowest first`, body));
    }
    if (result.warnings.length > 0 || coverage.unmatched.length > 0) {
        const lines = result.warnings.map((w) => `- ⚠️ ${(0,summary/* escapeMarkdown */.FV)(w)}`);
        if (coverage.unmatched.length > 0) {
            lines.push(`- ⚠️ ${coverage.unmatched.length} report path(s) match no repository file (kept in the totals): ${coverage.unmatched
                .slice(0, 10)
                .map((p) => (0,summary/* inlineCode */.ti)(p))
                .join(', ')}${coverage.unmatched.length > 10 ? ', …' : ''}`);
        }
        parts.push(lines.join('\n'));
    }
    const reports = coverage.groups.flatMap((g) => g.reports.map((r) => `${(0,summary/* inlineCode */.ti)(r.file)} (${r.format}, ${r.files} files${coverage.groups.length > 1 ? `, ${(0,summary/* escapeMarkdown */.FV)(g.name)}` : ''})`));
    parts.push(`<sub>Reports: ${reports.join(', ')}${options.runUrl ? ` · [run](${options.runUrl})` : ''}</sub>`);
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/publish.ts
/** Everything the gate tells the outside: warnings, job summary, annotations, PR comment, check run, files, outputs. */








/** Annotations for uncovered changed lines, one per range, the longest ranges first. */
function uncoveredAnnotations(result) {
    const annotations = [];
    for (const file of result.newCode?.files ?? []) {
        for (const [start, end] of file.uncovered) {
            annotations.push({
                level: 'warning',
                title: 'Uncovered change',
                message: start === end
                    ? `Added/changed line ${start} is not covered by tests.`
                    : `Added/changed lines ${start}-${end} are not covered by tests.`,
                file: file.path,
                startLine: start,
                endLine: end,
                weight: end - start + 1,
            });
        }
    }
    return annotations;
}
// Truncated like the summary (and istanbul): 79.999% never reads as 80.00%.
const round = (value) => value === undefined ? '' : (Math.floor(value * 100 + 1e-9) / 100).toFixed(2);
function summaryJson(coverage, result) {
    const totals = (t) => Object.fromEntries(model/* METRICS */.Cb.filter((m) => t[m].total > 0).map((m) => [m, { ...t[m], percent: Number(round((0,model/* percent */.KN)(t[m]))) }]));
    return JSON.stringify({
        decision: result.decision,
        totals: totals(coverage.totals),
        combined: coverage.totals.lines.total > 0 ? Number(round((0,model/* combinedPercent */.N$)(coverage.totals))) : null,
        groups: Object.fromEntries(coverage.groups.map((g) => [g.name, totals(g.totals)])),
        newCode: result.newCode ? { ...result.newCode.totals, percent: (0,model/* percent */.KN)(result.newCode.totals) ?? null } : null,
        delta: Object.fromEntries(Object.entries(result.deltas).map(([m, d]) => [m, Number(round(d))])),
        rules: result.rules.map((r) => ({ name: r.name, passed: r.passed, actual: r.actual ?? null })),
        unmatched: coverage.unmatched.length,
    });
}
/** The sticky PR comment; the run link changes every run, so the report without it is what 'changed' compares. */
async function comment(settings, collected, result, runUrl, client) {
    const pullNumber = collected.target.number;
    if (settings.comment.mode === 'off' || pullNumber === undefined)
        return;
    const report = (link) => renderReport(collected.coverage, result, { maxFiles: 100, maxNewCodeFiles: 10, runUrl: link });
    await (0,comments/* commentOnPullRequest */.rh)({
        context: collected.context,
        client,
        pullNumber,
        key: settings.commentKey,
        body: report(runUrl),
        digestOf: report(undefined),
        passing: result.decision === 'pass',
        policy: settings.comment,
    });
}
async function checkRun(settings, collected, result, annotations, note, runUrl, client) {
    const { context, coverage } = collected;
    if (!settings.checkRun || !context.repo)
        return;
    if (!client) {
        core.warning('check-run is on but github-token is empty: no check run.');
        return;
    }
    const failed = result.rules.filter((r) => !r.passed).length;
    const posted = await (0,checks/* createCheckRun */._U)(await (0,github_client/* resolveGitHubClient */.Z7)(client), {
        ...context.repo,
        name: settings.checkName,
        headSha: collected.target.headSha,
        conclusion: result.decision === 'pass' ? 'success' : 'failure',
        title: `${round((0,model/* percent */.KN)(coverage.totals.lines))}% lines${failed ? `, ${failed} rule(s) failed` : ''}`,
        summary: renderReport(coverage, result, { maxFiles: 50, maxNewCodeFiles: 10, runUrl }),
        ...(note ? { text: note } : {}),
        annotations,
        maxAnnotations: settings.checkRunAnnotations,
    });
    if (posted.status === 'created')
        core.info(`Check run created with ${posted.annotations} annotation(s) in ${posted.requests} request(s)${posted.omitted > 0 ? `, ${posted.omitted} left out (check-run-annotations: ${settings.checkRunAnnotations})` : ''}: ${posted.url}`);
}
/** The badge and the baseline for later runs. */
async function writeFiles(settings, collected) {
    const { coverage, context } = collected;
    if (settings.badge) {
        const label = settings.badgeMetric === 'lines' ? 'coverage' : settings.badgeMetric;
        await (0,promises_.mkdir)(external_node_path_default().dirname(settings.badge), { recursive: true });
        await (0,promises_.writeFile)(settings.badge, renderBadge(label, (0,model/* percent */.KN)(coverage.totals[settings.badgeMetric])));
    }
    if (settings.baselineOut) {
        const groups = new Map(coverage.groups.map((g) => [g.name, g.totals]));
        await (0,baseline/* writeBaseline */.B9)(settings.baselineOut, (0,baseline/* buildBaseline */.ET)(coverage.totals, groups, context.sha, context.ref));
        core.info(`Baseline written to ${settings.baselineOut}`);
    }
}
function setOutputs(coverage, result) {
    core.setOutput('decision', result.decision);
    for (const metric of model/* METRICS */.Cb)
        core.setOutput(metric, round((0,model/* percent */.KN)(coverage.totals[metric])));
    core.setOutput('combined', round((0,model/* combinedPercent */.N$)(coverage.totals)));
    core.setOutput('new-code-percent', result.newCode ? round((0,model/* percent */.KN)(result.newCode.totals)) : '');
    core.setOutput('delta', round(result.deltas.lines));
    core.setOutput('summary-json', summaryJson(coverage, result));
}
/** Tells the outcome everywhere it goes; a failed verdict is main's to throw, once, after all this. */
async function publish(settings, collected, outcome) {
    const client = settings.github;
    const { context, coverage } = collected;
    const { result, verdict } = outcome;
    // Warnings before the annotations take their share of GitHub's 10 per step: they are counted.
    for (const warning of outcome.warnings)
        core.warning(warning);
    const runUrl = context.repo && context.runId
        ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
        : undefined;
    const annotations = uncoveredAnnotations(result);
    const checkRunNote = settings.checkRun && context.repo && client
        ? (0,checks/* checkRunOmittedNote */.G7)((0,checks/* checkRunOmitted */.A_)(annotations, settings.checkRunAnnotations), settings.checkRunAnnotations, 'the job summary')
        : undefined;
    await (0,summary/* writeSummary */.Sy)((0,checks/* withSummaryNote */.xL)(renderReport(coverage, result, { maxFiles: 1000, maxNewCodeFiles: 20, runUrl }), checkRunNote));
    // The verdict line at the end is a warning when fail-on-decision is off: the annotations leave room for it.
    const limits = (0,action_annotations/* leaveRoomFor */.Wl)(verdict.level === 'warning' ? 'warning' : undefined);
    if (settings.annotations && annotations.length > 0)
        (0,action_annotations/* annotate */.fz)(annotations, { ...limits, warning: Math.max(0, limits.warning - outcome.warnings.length) }, 'the job summary');
    await comment(settings, collected, result, runUrl, client);
    await checkRun(settings, collected, result, annotations, checkRunNote, runUrl, client);
    await writeFiles(settings, collected);
    setOutputs(coverage, result);
    if (verdict.level === 'info')
        core.info(verdict.message);
    else if (verdict.level === 'warning')
        core.warning(verdict.message);
}


/***/ }),

/***/ 7580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ evaluateDrop),
/* harmony export */   Fv: () => (/* binding */ evaluateGlobRules),
/* harmony export */   Vv: () => (/* binding */ evaluatePerFile),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   rd: () => (/* binding */ parseGlobRules),
/* harmony export */   t7: () => (/* binding */ evaluateMinimums),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5496);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6774);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4838);



const CONDITION = /^\s*(\w+)\s*(>=|>)\s*(\d+(?:\.\d+)?)\s*%?\s*$/;
function parseMetric(word, input, context) {
    const metric = word.toLowerCase() === 'methods' ? 'functions' : word.toLowerCase();
    if (!_model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.includes(metric)) {
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `${context}: unknown metric '${word}'; expected one of ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.join(', ')}`);
    }
    return metric;
}
/** Parses "lines >= 80" / "branches > 70%". */
function parseCondition(text, input, context) {
    const match = CONDITION.exec(text);
    if (!match)
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `${context}: '${text.trim()}' is not a condition; expected e.g. 'lines >= 80'`);
    const minimum = Number(match[3]);
    if (minimum > 100)
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `${context}: ${minimum} is above 100%`);
    return { metric: parseMetric(match[1], input, context), minimum, strict: match[2] === '>' };
}
/**
 * Parses the `rules` input: one line per glob, `<glob>: <metric> >= <percent>[, <metric> >= <percent>]`.
 * Blank lines and `#` comments are ignored; an error names the line.
 */
function parseGlobRules(text, input = 'rules') {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        const context = `line ${index + 1}`;
        const colon = line.lastIndexOf(':');
        if (colon <= 0)
            throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `${context}: '${line}' needs '<glob>: <metric> >= <percent>', e.g. 'src/payments/**: lines >= 95'`);
        const pattern = line
            .slice(0, colon)
            .trim()
            .replace(/^['"]|['"]$/g, '');
        for (const part of line.slice(colon + 1).split(',')) {
            rules.push({ pattern, ...parseCondition(part, input, context) });
        }
    });
    return rules;
}
const fmt = (value) => value === undefined ? 'n/a' : `${(Math.floor(value * 100 + 1e-9) / 100).toFixed(2)}%`;
const formatPercent = fmt;
function meets(actual, minimum, strict) {
    // Compare at the precision we print, so 79.999% never shows as "80.00% < 80%".
    const rounded = Math.round(actual * 1e6) / 1e6;
    return strict ? rounded > minimum : rounded >= minimum;
}
/** Minimum percentages on a set of totals (overall or a group). */
function evaluateMinimums(scope, totals, minimums) {
    const results = [];
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
        const minimum = minimums[metric];
        if (minimum === undefined)
            continue;
        const actual = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(totals[metric]);
        const name = `${scope}${metric} >= ${minimum}%`;
        if (actual === undefined) {
            results.push({ name, passed: false, actual, detail: `the reports hold no ${metric} data` });
        }
        else {
            results.push({
                name,
                passed: meets(actual, minimum, false),
                actual,
                detail: `${totals[metric].covered}/${totals[metric].total} ${metric} covered (${fmt(actual)})`,
            });
        }
    }
    return results;
}
/** A minimum that every file must reach on its own (files without data for the metric are skipped). */
function evaluatePerFile(files, minimums) {
    const results = [];
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
        const minimum = minimums[metric];
        if (minimum === undefined)
            continue;
        const failing = [];
        let measured = 0;
        for (const file of files.values()) {
            const actual = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(file.counts(metric));
            if (actual === undefined)
                continue;
            measured++;
            if (!meets(actual, minimum, false))
                failing.push([file.path, actual]);
        }
        failing.sort((a, b) => a[1] - b[1]);
        const worst = failing.slice(0, 5).map(([p, a]) => `${p} (${fmt(a)})`);
        results.push({
            name: `every file: ${metric} >= ${minimum}%`,
            passed: failing.length === 0,
            actual: failing[0]?.[1],
            detail: failing.length === 0
                ? `${measured} file(s) checked`
                : `${failing.length} of ${measured} file(s) below: ${worst.join(', ')}${failing.length > worst.length ? ', ...' : ''}`,
        });
    }
    return results;
}
/** Rules on the files matching a glob, taken together. */
function evaluateGlobRules(files, rules) {
    return rules.map((rule) => {
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(rule.pattern, { dot: true });
        const totals = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyTotals */ .Tf)();
        let count = 0;
        for (const file of files.values()) {
            if (!isMatch(file.path))
                continue;
            count++;
            file.addTo(totals);
        }
        const actual = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(totals[rule.metric]);
        const name = `${rule.pattern}: ${rule.metric} ${rule.strict ? '>' : '>='} ${rule.minimum}%`;
        if (actual === undefined) {
            return {
                name,
                passed: false,
                actual,
                detail: count === 0
                    ? 'no covered file matches the glob'
                    : `the ${count} matching file(s) hold no ${rule.metric} data`,
            };
        }
        return {
            name,
            passed: meets(actual, rule.minimum, rule.strict),
            actual,
            detail: `${count} file(s): ${totals[rule.metric].covered}/${totals[rule.metric].total} ${rule.metric} covered`,
        };
    });
}
/** The maximum drop of each metric versus the baseline, in percentage points. */
function evaluateDrop(current, baseline, maxDrop) {
    const results = [];
    const deltas = {};
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
        const before = baseline[metric];
        const now = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(current[metric]);
        if (before === undefined || now === undefined)
            continue;
        const delta = now - before;
        deltas[metric] = delta;
        results.push({
            name: `${metric} drop <= ${maxDrop} pp vs baseline`,
            passed: Math.round(delta * 1e6) / 1e6 >= -maxDrop,
            actual: now,
            detail: `${fmt(before)} -> ${fmt(now)} (${delta >= 0 ? '+' : ''}${delta.toFixed(2)} pp)`,
        });
    }
    return { results, deltas };
}


/***/ }),

/***/ 8702:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony export DEFAULTS */
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7264);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2855);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6412);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6662);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(6774);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(5081);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(2839);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4838);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8627);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7580);






/** The inputs' defaults, as action.yml gives them (a test compares the two). */
const DEFAULTS = {
    format: 'auto',
    name: 'coverage',
    ..._pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__/* .COMMENT_INPUT_DEFAULTS */ .k$,
    'comment-key': 'coverage-gate',
    annotations: true,
    'check-run': true,
    'check-name': 'Coverage',
    'check-run-annotations': _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .CHECK_RUN_ANNOTATIONS_DEFAULT */ .we,
    'badge-metric': 'lines',
    'fail-on-decision': true,
};
const percentOrUndefined = { type: 'percent' };
const GROUPS_SCHEMA = {
    type: 'map',
    values: {
        type: 'object',
        properties: {
            reports: { type: 'stringList' },
            format: { type: 'string', enum: ['auto', ..._parse_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMAT_IDS */ .Jn] },
            lines: percentOrUndefined,
            branches: percentOrUndefined,
            functions: percentOrUndefined,
            statements: percentOrUndefined,
        },
        required: ['reports'],
    },
};
/** The format named by an input already checked against FORMAT_IDS; undefined for detection. */
function resolveFormat(choice) {
    return choice === undefined || choice === 'auto' ? undefined : (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .formatById */ .aZ)(choice);
}
function parsePerFile(text) {
    const minimums = {};
    for (const part of text.split(/[,\n]/)) {
        if (part.trim() === '')
            continue;
        // "80" alone means lines
        const condition = /^\s*\d+(\.\d+)?\s*%?\s*$/.test(part)
            ? (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCondition */ .zB)(`lines >= ${part}`, 'per-file', 'per-file')
            : (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCondition */ .zB)(part, 'per-file', 'per-file');
        minimums[condition.metric] = condition.minimum;
    }
    return minimums;
}
/** The files of a report list; an entry that matches nothing is an error unless marked '(optional)'. */
async function reportFiles(input, patterns, group) {
    const found = await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .resolveReportGlobs */ .wB)(input, patterns, group === '' ? '' : `group '${group}': `);
    for (const pattern of found.absentOptional)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${group === '' ? '' : `Group '${group}': `}optional report '${pattern}' matches no file; skipped.`);
    return found.files;
}
async function readSettings() {
    const workspace = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_8__/* .workspaceDir */ .zf)();
    const groups = [];
    const groupMinimums = new Map();
    const reports = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getList */ .vS)('reports');
    const format = resolveFormat((0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getEnum */ .GV)('format', ['auto', ..._parse_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMAT_IDS */ .Jn], DEFAULTS.format));
    if (reports.length > 0) {
        const name = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('name') || DEFAULTS.name;
        const files = await reportFiles('reports', reports, '');
        if (files.length > 0)
            groups.push({ name, reports: files, format });
    }
    const specs = await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getObject */ .iM)('groups', GROUPS_SCHEMA);
    for (const [name, spec] of Object.entries(specs ?? {})) {
        if (groups.some((g) => g.name === name))
            throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_9__/* .inputError */ .Xu)('groups', `group '${name}' is defined twice`);
        const files = await reportFiles('groups', spec.reports, name);
        if (files.length === 0)
            continue;
        groups.push({ name, reports: files, format: resolveFormat(spec.format) ?? format });
        const minimums = {};
        for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb)
            if (spec[metric] !== undefined)
                minimums[metric] = spec[metric];
        groupMinimums.set(name, minimums);
    }
    if (groups.length === 0)
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_9__/* .inputError */ .Xu)('reports', reports.length > 0 || specs !== undefined
            ? 'no report was found: every entry is marked optional and none matched a file'
            : "is required (or 'groups'); expected report paths or globs, e.g. coverage/lcov.info");
    const minimums = {};
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb) {
        const value = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getPercent */ .Os)(metric);
        if (value !== undefined)
            minimums[metric] = value;
    }
    const baselineText = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('baseline');
    const baselineOutText = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('baseline-out');
    const badgeText = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('badge');
    const resolveInside = (file) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, file);
    const maxDrop = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getNumber */ .WZ)('max-drop', { min: 0, max: 100 });
    return {
        workspace,
        groups,
        minimums,
        groupMinimums,
        perFile: parsePerFile((0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('per-file')),
        globRules: (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGlobRules */ .rd)((0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('rules')),
        newCodeLines: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getPercent */ .Os)('new-code-lines'),
        maxDrop,
        baseline: baselineText === '' ? undefined : resolveInside(baselineText),
        baselineOut: baselineOutText === '' ? undefined : resolveInside(baselineOutText),
        include: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getList */ .vS)('include'),
        exclude: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getList */ .vS)('exclude'),
        diffBase: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('diff-base'),
        github: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_10__/* .lazyGitHubClient */ .dL)((0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('github-token')),
        context: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_11__/* .readRunContext */ .$)(),
        comment: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__/* .getCommentPolicy */ .oi)(),
        checkRun: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getBoolean */ .pW)('check-run', DEFAULTS['check-run']),
        checkName: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('check-name') || DEFAULTS['check-name'],
        checkRunAnnotations: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getNumber */ .WZ)('check-run-annotations', { min: 0, integer: true }) ?? DEFAULTS['check-run-annotations'],
        annotations: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getBoolean */ .pW)('annotations', DEFAULTS.annotations),
        badge: badgeText === '' ? undefined : resolveInside(badgeText),
        badgeMetric: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getEnum */ .GV)('badge-metric', _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb, DEFAULTS['badge-metric']),
        failOnDecision: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getBoolean */ .pW)('fail-on-decision', DEFAULTS['fail-on-decision']),
        commentKey: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getString */ .AA)('comment-key') || DEFAULTS['comment-key'],
        pullNumber: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .getNumber */ .WZ)('pr-number', { min: 1, integer: true }),
    };
}


/***/ }),

/***/ 587:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ sortWorstFirst),
/* harmony export */   Wl: () => (/* binding */ leaveRoomFor),
/* harmony export */   _P: () => (/* binding */ ANNOTATION_MESSAGE_CHARS),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   yA: () => (/* binding */ capText)
/* harmony export */ });
/* unused harmony exports STEP_ANNOTATION_LIMITS, ANNOTATION_TITLE_CHARS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/**
 * Annotations within GitHub's per-step limit: the UI shows at most 10 errors,
 * 10 warnings and 10 notices per step and silently drops the rest. We emit the
 * worst first and say how many more there are, so nothing disappears unseen.
 */

/** GitHub's documented per-step display limits. */
const STEP_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
/** The most characters of an annotation's message (a tool's message may be a whole document). */
const ANNOTATION_MESSAGE_CHARS = 4096;
/** The most characters of an annotation's title (the check-runs API's own limit). */
const ANNOTATION_TITLE_CHARS = 255;
/**
 * `text` cut to `limit` characters with a note of its full length, for annotations and messages that echo what a
 * report or an API said. The note says where the rest is, when given.
 */
function capText(text, limit, rest) {
    if (text.length <= limit)
        return text;
    return `${text.slice(0, limit)}… (${text.length} characters${rest ? `; ${rest}` : ''})`;
}
/**
 * The limits minus one at `level`: the room a step leaves for its verdict line (core.setFailed is an error
 * annotation too), so the verdict is never the 11th error that GitHub drops. No level: the limits unchanged.
 */
function leaveRoomFor(level, limits = STEP_ANNOTATION_LIMITS) {
    return level === undefined ? limits : { ...limits, [level]: Math.max(0, limits[level] - 1) };
}
const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
/** Worst first: by level, then weight (descending), then file and line for a stable order. */
function sortWorstFirst(annotations) {
    return [...annotations].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        (b.weight ?? 0) - (a.weight ?? 0) ||
        // Plain code-unit order: localeCompare is far too slow for hundreds of thousands of findings.
        compareText(a.file ?? '', b.file ?? '') ||
        (a.startLine ?? 0) - (b.startLine ?? 0));
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Emits the worst annotations per level within `limits` and one log line per
 * level saying how many were left out (and where to find them).
 * `alreadyLeftOut` counts annotations the caller chose not to build at all
 * (it pre-selected the worst from a very large set); they are reported too.
 */
function annotate(annotations, limits = STEP_ANNOTATION_LIMITS, elsewhere = 'the job summary', alreadyLeftOut = {}) {
    const emitted = { error: 0, warning: 0, notice: 0 };
    const omitted = {
        error: alreadyLeftOut.error ?? 0,
        warning: alreadyLeftOut.warning ?? 0,
        notice: alreadyLeftOut.notice ?? 0,
    };
    for (const annotation of sortWorstFirst(annotations)) {
        if (emitted[annotation.level] >= limits[annotation.level]) {
            omitted[annotation.level]++;
            continue;
        }
        emitted[annotation.level]++;
        const properties = {
            title: annotation.title,
            file: annotation.file,
            startLine: annotation.startLine,
            endLine: annotation.endLine,
            // GitHub ignores columns on multi-line annotations.
            startColumn: annotation.endLine && annotation.endLine !== annotation.startLine ? undefined : annotation.startColumn,
            endColumn: annotation.endLine && annotation.endLine !== annotation.startLine ? undefined : annotation.endColumn,
        };
        _actions_core__WEBPACK_IMPORTED_MODULE_0__[annotation.level](capText(annotation.message, ANNOTATION_MESSAGE_CHARS, `all of it is in ${elsewhere}`), {
            ...properties,
            ...(properties.title === undefined ? {} : { title: capText(properties.title, ANNOTATION_TITLE_CHARS) }),
        });
    }
    for (const level of ['error', 'warning', 'notice']) {
        if (omitted[level] > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${omitted[level]} more ${level}${omitted[level] === 1 ? '' : 's'} not annotated (GitHub shows at most ${limits[level]} per step); see ${elsewhere}.`);
        }
    }
    return { emitted, omitted };
}


/***/ }),

/***/ 6774:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ placed),
/* harmony export */   Qx: () => (/* binding */ isUserFacing),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zS: () => (/* binding */ fileError)
/* harmony export */ });
/* unused harmony exports formatPath, describeError */
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
function fileError(file, reason, line, column) {
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


/***/ }),

/***/ 6662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ checkMatchedFiles),
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   OW: () => (/* binding */ parseJsonFile),
/* harmony export */   zf: () => (/* binding */ workspaceDir)
/* harmony export */ });
/* unused harmony exports USER_FILE_MAX_BYTES, resolveUserFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
/**
 * Files the user names (config and policy files, baselines, reports), opened one safe way: the path is resolved
 * with its symbolic links and must stay inside the workspace, it must be a regular file (not a FIFO, a device or
 * a directory) and not a kernel pseudo-file (/proc, /sys, /dev), and it is read up to a size limit. Messages
 * about a file never quote its content beyond a short excerpt: a file that is not what was expected may be
 * anything (an .env file, a key).
 */




/** Kernel pseudo-filesystems: their "regular" files report size 0 and hold the process's environment and memory. */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];
/** The default most bytes read from a config-like file. */
const USER_FILE_MAX_BYTES = 16 * 1024 * 1024;
/** The directory the runner checked the repository out into (or the cwd outside the runner). */
function workspaceDir() {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
}
/** True when `candidate` is `root` or inside it. */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
}
function describeKind(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
function isPseudo(file) {
    return PSEUDO_ROOTS.some((root) => file === root || file.startsWith(`${root}/`));
}
async function resolveUserFile(input, given, options = {}) {
    const root = options.root ?? workspaceDir();
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, given);
    if (isPseudo(absolute))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' is a kernel pseudo-file, not a file of the workspace`);
    if (!isInside(root, absolute))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' points outside the workspace (${root})`);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && options.optional)
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(given, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
    }
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root).catch(() => root);
    if (isPseudo(real))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' leads to a kernel pseudo-file (${real})`);
    if (!isInside(realRoot, real)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' is a symbolic link to ${real}, outside the workspace (${root}); only files of the workspace are read`);
    }
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
    if (!stats.isFile())
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' is ${describeKind(stats)}, not a regular file`);
    return { given, path: real, size: stats.size };
}
async function readUserFile(input, given, options = {}) {
    const file = await resolveUserFile(input, given, options);
    if (!file)
        return undefined;
    return { file, text: await readChecked(file, options.maxBytes ?? USER_FILE_MAX_BYTES) };
}
async function readChecked(file, maxBytes) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file.path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file.given, `cannot be read (${error.code ?? String(error)})`);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file.given, `is ${describeKind(stats)}, not a regular file`);
        if (stats.size > maxBytes) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file.given, `is ${stats.size} bytes, more than the ${maxBytes} this file may have`);
        }
        const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file.given, `grew past ${maxBytes} bytes while it was read`);
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * Checks files a glob matched (reports): each must resolve inside the workspace and be a regular file. Throws
 * a UserError naming `input` and the first file refused; the paths stay as matched (for messages and mapping).
 */
async function checkMatchedFiles(input, files, root = workspaceDir()) {
    for (const file of files)
        await resolveUserFile(input, node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file) || file, { root });
}
/**
 * JSON.parse for a user's file, with an error that says where (line and column) but, unlike V8's own message,
 * quotes nothing of the text: `what` says what the file should have been.
 */
function parseJsonFile(text, file, what) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const position = /at position (\d+)/.exec(error.message);
        if (!position)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file, `${what} (invalid JSON)`);
        const offset = Number(position[1]);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file, `${what} (invalid JSON)`, line, column);
    }
}


/***/ }),

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   GV: () => (/* binding */ getEnum),
/* harmony export */   Os: () => (/* binding */ getPercent),
/* harmony export */   WZ: () => (/* binding */ getNumber),
/* harmony export */   iM: () => (/* binding */ getObject),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   wB: () => (/* binding */ resolveReportGlobs)
/* harmony export */ });
/* unused harmony exports getRequired, getDuration, readInlineOrFile, resolveGlobs, runnerTempPath, getFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6774);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6662);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2050);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7363);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3423);
/**
 * Typed action inputs. Every reader names the input in its error and says what
 * form was expected; nothing downstream should call `core.getInput` again.
 */









/** The raw value the runner passed ('' when absent). */
function raw(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_3__.getInput(name, { trimWhitespace: true });
}
function convert(name, parse) {
    const text = raw(name);
    if (text === '')
        return undefined;
    try {
        return parse(text);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, error.message);
    }
}
/** A string input; '' when absent unless `required`. */
function getString(name, options = {}) {
    const text = raw(name);
    if (options.required && text === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, 'is required and was not supplied');
    return text;
}
/** A required input: exists for readability at call sites. */
function getRequired(name) {
    return getString(name, { required: true });
}
/** 'true' or 'false' only; `fallback` when absent. */
function getBoolean(name, fallback = false) {
    return convert(name, _values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBoolean */ .yG) ?? fallback;
}
function getNumber(name, range = {}) {
    return convert(name, (text) => (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNumber */ .$J)(text, range));
}
/** Milliseconds, from '250ms', '30s', '5m', '1h'. */
function getDuration(name) {
    return convert(name, parseDuration);
}
/** 0..100, from '85' or '85%'. */
function getPercent(name) {
    return convert(name, _values_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePercent */ .lo);
}
/** Newline- or comma-separated values. */
function getList(name) {
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseList */ .E1)(raw(name));
}
/** One of `allowed`; an unknown value gets "did you mean". `fallback` when absent. */
function getEnum(name, allowed, fallback) {
    const text = raw(name);
    if (text === '') {
        if (fallback !== undefined)
            return fallback;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `is required; expected one of ${allowed.join(', ')}`);
    }
    const match = allowed.find((value) => value === text) ?? allowed.find((v) => v.toLowerCase() === text.toLowerCase());
    if (match === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `expected one of ${allowed.join(', ')}, got '${text}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(text, allowed)}`);
    }
    return match;
}
/** An inline YAML or JSON object validated against `schema`; undefined when absent. */
async function getObject(name, schema) {
    const text = raw(name);
    if (text === '')
        return undefined;
    try {
        return await (0,_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .parseAndValidate */ .r8)(text, schema);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .placed */ .GS)(error, { input: name });
    }
}
/**
 * A configuration given either inline or as a file, never both; undefined when neither is given. A mistake is
 * reported on the inline input (with its line) or on the file (with line and column), never quoting the file.
 */
async function readInlineOrFile(options) {
    const inline = raw(options.inline);
    const file = raw(options.file);
    if (inline !== '' && file !== '')
        throw inputError(options.inline, `give either '${options.inline}' (inline YAML) or '${options.file}' (a file), not both`);
    if (inline !== '') {
        try {
            return await options.parse(inline, options.inline);
        }
        catch (error) {
            throw placed(error, { input: options.inline });
        }
    }
    if (file === '')
        return undefined;
    // Resolved in the workspace, symbolic links included; never quoted whole when it does not parse.
    const { text } = await readUserFile(options.file, file);
    try {
        return await options.parse(text, file);
    }
    catch (error) {
        throw placed(error, { file });
    }
}

/**
 * Resolves glob patterns (newline/comma separated, `!pattern` excludes) inside
 * `GITHUB_WORKSPACE` only. Returns absolute paths, sorted.
 */
async function resolveGlobs(name, patterns, options = {}) {
    const root = (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .workspaceDir */ .zf)();
    const include = [];
    const ignore = [];
    for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, body);
        // Patterns may be written absolute (e.g. ${{ github.workspace }}/coverage/*.xml) but must stay in the workspace.
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .isInside */ .FK)(root, absolute.split('*')[0] ?? absolute)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `'${pattern}' points outside the workspace (${root}); expected a path or glob inside it`);
        }
        const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
        (negated ? ignore : include).push(relative);
    }
    if (include.length === 0) {
        if (options.required)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, 'is required; expected one or more file paths or globs');
        return [];
    }
    const files = ignore.length === 0 && include.every((pattern) => !GLOB_SYNTAX.test(pattern))
        ? await existingFiles(include, root)
        : await (await __nccwpck_require__.e(/* import() */ 191).then(__nccwpck_require__.bind(__nccwpck_require__, 3572))).glob(include, { cwd: root, ignore, absolute: true, dot: true, onlyFiles: true });
    const inside = files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file)).filter((file) => (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .isInside */ .FK)(root, file));
    if (inside.length === 0 && options.required) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `no file matches '${patterns.join(', ')}' in ${root}`);
    }
    const matched = [...new Set(inside)].sort();
    // A match may be a symbolic link out of the workspace, or a pipe: refused, named.
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .checkMatchedFiles */ .AV)(name, matched, root);
    return matched;
}
/** Characters that make a pattern a glob for tinyglobby (picomatch); a path without any is just a path. */
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
/**
 * The plain paths (no glob syntax) that name existing files, as the glob would find them: the common case of one
 * report path, answered without loading and running the glob engine.
 */
async function existingFiles(relativePaths, root) {
    const found = await Promise.all(relativePaths.map(async (relative) => {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, relative);
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
        // Regular files (a link to one included), as the glob's onlyFiles finds them: a pipe matches no file.
        return stats?.isFile() ? absolute : undefined;
    }));
    return found.filter((file) => file !== undefined);
}
/** How an entry of a report list is marked as one that may be absent: `reports/trivy.json (optional)`. */
const OPTIONAL_MARK = /\s+\(optional\)$/i;
/**
 * Report files from glob entries inside the workspace. Every entry must match at least one file: a missing
 * report (a scan that did not run, a coverage shard that was not downloaded) must never read as a clean one.
 * An entry ending in ` (optional)` may match nothing. `!pattern` entries exclude files, as in resolveGlobs.
 * `context` prefixes the message (e.g. "group 'unit': ").
 */
async function resolveReportGlobs(name, entries, context = '') {
    const excludes = entries.filter((entry) => entry.startsWith('!'));
    const files = new Set();
    const absentOptional = [];
    for (const entry of entries) {
        if (entry.startsWith('!'))
            continue;
        const optional = OPTIONAL_MARK.test(entry);
        const pattern = entry.replace(OPTIONAL_MARK, '');
        const matched = await resolveGlobs(name, [pattern, ...excludes]);
        if (matched.length === 0) {
            if (optional) {
                absentOptional.push(pattern);
                continue;
            }
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `${context}'${pattern}' matches no file in ${(0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .workspaceDir */ .zf)()}; a missing report must not read as a clean one. Did the step that writes it run? End the entry with ' (optional)' if it may be absent.`);
        }
        for (const file of matched)
            files.add(file);
    }
    return { files: [...files].sort(), absentOptional };
}
/**
 * Where an action writes its own files by default: `$RUNNER_TEMP/<name>` (the OS temp directory outside the
 * runner), never the checkout, where they would be committed, linted or uploaded by accident.
 */
function runnerTempPath(...parts) {
    return path.join(process.env['RUNNER_TEMP'] || tmpdir(), ...parts);
}
/** File globs from an input; see resolveGlobs. */
async function getFiles(name, options = {}) {
    return resolveGlobs(name, getList(name), options);
}


/***/ }),

/***/ 588:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony exports reportFailure, setVerdict */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5396);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(587);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
/**
 * The top level of every action: any thrown error or unhandled rejection becomes
 * exactly one `::error::` line and exit code 1. A stack trace is printed only
 * when the workflow runs with debug logging (RUNNER_DEBUG=1).
 */




let reported = false;
/** Writes the single error annotation for `error`; later calls are ignored. */
function reportFailure(error) {
    if (reported)
        return;
    reported = true;
    process.exitCode = 1;
    const message = error instanceof Error ? error.message : String(error);
    // A message may quote what a report or a service said: one annotation, of a readable length.
    const text = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .capText */ .yA)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserFacing */ .Qx)(error) || !(error instanceof Error) ? message : `Unexpected error: ${message}`, _annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_MESSAGE_CHARS */ ._P);
    const place = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo ? error.place : {};
    if (place.file !== undefined) {
        const workspace = process.env['GITHUB_WORKSPACE'];
        const file = workspace ? node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, place.file)) : place.file;
        const inside = !file.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.error(text, inside ? { file: file.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'), startLine: place.line, startColumn: place.column } : {});
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.error(text);
    }
    if (process.env['RUNNER_DEBUG'] === '1' && error instanceof Error && error.stack) {
        process.stdout.write(`${error.stack}\n`);
    }
}
let verdict;
/**
 * Sets the action's verdict output. A failure thrown after it keeps the value written (a deploy that switched
 * back says so); without it, any thrown error leaves the verdict's failing value.
 */
function setVerdict(value) {
    if (verdict === undefined)
        throw new Error('setVerdict is called inside runAction with a verdict only');
    verdict.written = true;
    core.setOutput(verdict.output, value);
}
function failVerdict() {
    // A run that could not finish never leaves a verdict a workflow could read as a success.
    if (verdict !== undefined && !verdict.written)
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput(verdict.output, verdict.failing);
}
/**
 * Runs `main` as the action's body. Resolves when it is done; the exit code is
 * set through `process.exitCode` so pending output is flushed. On any thrown error,
 * the `verdict` output gets its failing value unless `main` set it already.
 */
async function runAction(action, main) {
    verdict = { ...action, written: false };
    process.on('unhandledRejection', (reason) => {
        failVerdict();
        reportFailure(reason);
        process.exit(1);
    });
    process.on('uncaughtException', (error) => {
        failVerdict();
        reportFailure(error);
        process.exit(1);
    });
    try {
        await main();
    }
    catch (error) {
        failVerdict();
        reportFailure(error);
    }
}


/***/ }),

/***/ 2050:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   r8: () => (/* binding */ parseAndValidate)
/* harmony export */ });
/* unused harmony exports quoteValue, validate */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6774);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7363);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3423);




/** A value that does not fit its schema; the place's `path` locates it inside the document. */
function schemaError(path, reason) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(reason, { path });
}
/** The most characters of a value (or key) a message quotes: a file that is not what was expected may be anything. */
const QUOTED_CHARS = 40;
/** 'value', or its start with its length when long or multi-line: never a whole file. */
function quoteValue(value) {
    const text = String(value);
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    if (firstLine.length === text.length && text.length <= QUOTED_CHARS)
        return `'${text}'`;
    return `'${firstLine.slice(0, QUOTED_CHARS)}…' (${text.length} characters)`;
}
function describe(value, path) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    // A whole document that is one plain value: a text file, not YAML. Not even its start is shown.
    if (path.length === 0 && typeof value === 'string')
        return `plain text (${value.length} characters)`;
    return `${typeof value} ${quoteValue(value)}`;
}
/** Validates and converts `value`; throws a UserError naming the path and the expected form. */
function validate(value, schema, path = []) {
    return check(value, schema, path);
}
function check(value, schema, path) {
    switch (schema.type) {
        case 'any':
            return value;
        case 'string': {
            if (typeof value === 'number' || typeof value === 'boolean')
                value = String(value);
            if (typeof value !== 'string')
                throw schemaError(path, `expected a string, got ${describe(value, path)}`);
            if (schema.enum && !schema.enum.includes(value)) {
                throw schemaError(path, `expected one of ${schema.enum.map((v) => `'${v}'`).join(', ')}, got ${quoteValue(value)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(value, schema.enum)}`);
            }
            return value;
        }
        case 'number': {
            const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
            if (typeof number !== 'number' || Number.isNaN(number)) {
                throw schemaError(path, `expected a number, got ${describe(value, path)}`);
            }
            if (schema.integer && !Number.isInteger(number))
                throw schemaError(path, `expected a whole number, got ${number}`);
            if (schema.min !== undefined && number < schema.min)
                throw schemaError(path, `expected at least ${schema.min}, got ${number}`);
            if (schema.max !== undefined && number > schema.max)
                throw schemaError(path, `expected at most ${schema.max}, got ${number}`);
            return number;
        }
        case 'boolean':
            if (typeof value !== 'boolean')
                throw schemaError(path, `expected true or false, got ${describe(value, path)}`);
            return value;
        case 'duration':
            if (typeof value === 'number' && value >= 0)
                return value;
            if (typeof value !== 'string')
                throw schemaError(path, `expected a duration such as '30s', got ${describe(value, path)}`);
            try {
                return (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value);
            }
            catch (error) {
                throw schemaError(path, error.message);
            }
        case 'percent':
            try {
                return (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePercent */ .lo)(String(value));
            }
            catch (error) {
                throw schemaError(path, error.message);
            }
        case 'stringList':
            if (typeof value === 'string')
                return [value];
            if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
                return value;
            throw schemaError(path, `expected a string or a list of strings, got ${describe(value, path)}`);
        case 'array': {
            if (!Array.isArray(value))
                throw schemaError(path, `expected a list, got ${describe(value, path)}`);
            if (schema.minItems !== undefined && value.length < schema.minItems) {
                throw schemaError(path, `expected at least ${schema.minItems} item(s), got ${value.length}`);
            }
            return value.map((item, index) => check(item, schema.items, [...path, index]));
        }
        case 'map': {
            if (!isPlainObject(value))
                throw schemaError(path, `expected a mapping, got ${describe(value, path)}`);
            const result = {};
            for (const [key, item] of Object.entries(value)) {
                if (schema.keys && !schema.keys.includes(key)) {
                    throw schemaError([...path, key], `unknown key ${quoteValue(key)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(key, schema.keys)}; expected one of ${schema.keys.join(', ')}`);
                }
                result[key] = check(item, schema.values, [...path, key]);
            }
            return result;
        }
        case 'object': {
            if (!isPlainObject(value))
                throw schemaError(path, `expected a mapping, got ${describe(value, path)}`);
            const known = Object.keys(schema.properties);
            const result = {};
            for (const [key, item] of Object.entries(value)) {
                const property = schema.properties[key];
                if (!property) {
                    throw schemaError([...path, key], `unknown key ${quoteValue(key)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(key, known)}; expected one of ${known.join(', ')}`);
                }
                if (item === null || item === undefined)
                    continue;
                result[key] = check(item, property, [...path, key]);
            }
            for (const key of schema.required ?? []) {
                if (result[key] === undefined)
                    throw schemaError([...path, key], `is required`);
            }
            return result;
        }
        case 'oneOf': {
            for (const option of schema.options) {
                try {
                    return check(value, option, path);
                }
                catch (error) {
                    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                        throw error;
                }
            }
            throw schemaError(path, `expected ${schema.expected}, got ${describe(value, path)}`);
        }
    }
}
/** True for a JSON/YAML mapping: an object that is neither null nor an array. */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Parses YAML/JSON text and validates it; errors carry the line of the
 * offending node so a config file error can point at it.
 */
async function parseAndValidate(text, schema) {
    // yaml is loaded here, on first use: most runs have no YAML input.
    const { LineCounter, parseDocument, isNode } = await __nccwpck_require__.e(/* import() */ 9).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8009, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const syntaxError = document.errors[0];
    if (syntaxError) {
        const position = lineCounter.linePos(syntaxError.pos[0]);
        const firstLine = syntaxError.message.split('\n')[0] ?? syntaxError.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`invalid YAML: ${firstLine}`, { line: position.line, column: position.col });
    }
    try {
        return validate(document.toJS({ maxAliasCount: 100 }), schema);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
            throw error;
        // Point at the key when the key is the problem (unknown key), else at the value.
        const path = error.place.path ?? [];
        const keyIsTheProblem = error.reason.startsWith('unknown key');
        const node = keyIsTheProblem ? undefined : (document.getIn(path, true) ?? document.getIn(path.slice(0, -1), true));
        const offset = isNode(node) && node.range ? node.range[0] : undefined;
        const position = offset !== undefined ? lineCounter.linePos(offset) : findKeyLine(document, path, lineCounter, isNode);
        throw error.at({ line: position?.line, column: position?.col });
    }
}
function findKeyLine(document, path, lineCounter, isNode) {
    const last = path[path.length - 1];
    if (typeof last !== 'string')
        return undefined;
    const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
    const items = parent?.items;
    const pair = items?.find((item) => isNode(item.key) && item.key.value === last);
    const range = pair && isNode(pair.key) ? pair.key.range : undefined;
    return range ? lineCounter.linePos(range[0]) : undefined;
}


/***/ }),

/***/ 7363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, closest */
/** "Did you mean …" for unknown keys and enum values: the closest candidate by edit distance. */
/** Levenshtein distance, small strings only (keys and enum values). */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** The closest candidate, or undefined when nothing is close enough to be a likely typo. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const tolerance = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= tolerance ? best : undefined;
}
/** " (did you mean 'x'?)" or "" — ready to append to an error message. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === undefined ? '' : ` (did you mean '${match}'?)`;
}


/***/ }),

/***/ 3353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   pI: () => (/* binding */ fitComment),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   wD: () => (/* binding */ markdown),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT_CHARS, Markdown, escapeCell */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5396);
/**
 * Markdown for job summaries and PR comments, within GitHub's limits: a step
 * summary over 1 MiB and a comment over 65,536 characters are cut with a note
 * rather than rejected (GitHub would drop the whole summary or refuse the comment).
 */


/** GitHub's limit for one step's summary file. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub's limit for an issue/PR comment body. */
const COMMENT_LIMIT_CHARS = 65_536;
/**
 * Text from a report or a tool, made to show as written in GitHub Markdown: HTML-looking text
 * (`expected:<true> but was:<false>`) is not eaten as tags, brackets do not become links, `*` and `_` do not
 * become emphasis. Newlines are kept (see escapeCell for table cells).
 */
function escapeMarkdown(text) {
    return (text
        .replace(/[\\`*_[\]|~]/g, '\\$&')
        // Only what could start an entity or a tag: `p(95)<1000` and `a & b` stay as they are.
        .replace(/&(?=[A-Za-z#])/g, '&amp;')
        .replace(/<(?=[A-Za-z/!?])/g, '&lt;'));
}
/** Markdown written on purpose (emphasis, a code span), which a table cell keeps as it is. */
class Markdown {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
/** Marks `text` as Markdown for a table cell; anything else in a cell is shown literally. */
function markdown(text) {
    return new Markdown(text);
}
/** A code span holding `text` as is (paths, thresholds): a fence longer than any backtick run inside. */
function inlineCode(text) {
    const oneLine = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/**
 * A table cell: text shown literally (escapeMarkdown, newlines as <br>); a Markdown value as written, with
 * its pipes escaped so the row keeps its columns (GitHub honours `\\|` inside code spans in tables too).
 */
function escapeCell(value) {
    if (value instanceof Markdown)
        return value.text.replace(/(?<!\\)\|/g, '\\|').replace(/\r?\n/g, '<br>');
    return escapeMarkdown(String(value ?? '')).replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured Markdown table. `align` per column: 'l' | 'r' | 'c'. */
function table(headers, rows, align = []) {
    const separator = headers.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[align[i] ?? 'l']);
    const lines = [headers.map(escapeCell), separator, ...rows.map((row) => row.map(escapeCell))];
    return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
/** A collapsible block. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Cuts `text` at a line boundary so that it plus `note` fits `limit` measured by `size`. */
function cut(text, limit, size, note) {
    if (size(text) <= limit)
        return text;
    const reserve = size(note(text.length)) + 1;
    // Binary search the longest prefix that fits; `size` may be bytes, not characters.
    let low = 0;
    let high = text.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (size(text.slice(0, mid)) + reserve <= limit)
            low = mid;
        else
            high = mid - 1;
    }
    const lineEnd = text.lastIndexOf('\n', low);
    const kept = text.slice(0, lineEnd > low / 2 ? lineEnd : low);
    return `${kept}\n${note(text.length - kept.length)}`;
}
/** Fits a PR comment into 65,536 characters, with a note saying what was cut. */
function fitComment(markdown, limit = COMMENT_LIMIT_CHARS) {
    return cut(markdown, limit, (s) => s.length, (omitted) => `\n> [!NOTE]\n> This comment was cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit (${omitted.toLocaleString('en-US')} characters omitted). The job summary has the full report.`);
}
/** Fits a step summary into 1 MiB, with a note saying what was cut. */
function fitSummary(markdown, limitBytes = SUMMARY_LIMIT_BYTES) {
    return cut(markdown, limitBytes, (s) => Buffer.byteLength(s, 'utf8'), (omitted) => `\n> [!NOTE]\n> This summary was cut to fit GitHub's 1 MiB step-summary limit (${omitted.toLocaleString('en-US')} characters omitted).`);
}
/**
 * Appends Markdown to the step summary (GITHUB_STEP_SUMMARY), cut to fit.
 * Outside the runner (no summary file) it does nothing. A failure to write
 * is a warning: the summary never decides the outcome.
 */
async function writeSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        return;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, `${fitSummary(markdown)}\n`, 'utf8');
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`Could not write the job summary: ${error.message}`);
    }
}


/***/ }),

/***/ 3423:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export formatDuration */
/**
 * Pure parsers for the value forms every action accepts. Each throws a plain
 * `Error` whose message says what was expected; callers add the input or file name.
 */
const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
const DURATION_FORM = "a duration such as '250ms', '30s', '5m', '1h' or '1m30s'";
/** '250ms', '30s', '5m', '1h', '1m30s' -> milliseconds. */
function parseDuration(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new Error(`expected ${DURATION_FORM}, got an empty value`);
    let total = 0;
    DURATION_PART.lastIndex = 0;
    while (DURATION_PART.lastIndex < trimmed.length) {
        const start = DURATION_PART.lastIndex;
        const match = DURATION_PART.exec(trimmed);
        if (!match) {
            const hint = /^\d+(\.\d+)?$/.test(trimmed) ? ` (add a unit: '${trimmed}s' or '${trimmed}ms')` : '';
            throw new Error(`expected ${DURATION_FORM}, got '${text}'${hint}`.concat(start > 0 ? ` at '${trimmed.slice(start)}'` : ''));
        }
        total += Number(match[1]) * DURATION_UNITS_MS[match[2]];
    }
    return total;
}
/** Milliseconds -> the shortest readable form: 1500 -> '1.5s', 90000 -> '1m30s'. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms * 100) / 100}ms`;
    if (ms < 60_000)
        return `${Math.round(ms / 10) / 100}s`;
    const hours = Math.floor(ms / 3_600_000);
    const minutes = Math.floor((ms % 3_600_000) / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds ? `${seconds}s` : ''}` || '0s';
}
/** '85', '85%', '99.9 %' -> 85, 85, 99.9 (a number between 0 and 100). */
function parsePercent(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
    const value = match ? Number(match[1]) : NaN;
    if (!match || value > 100) {
        throw new Error(`expected a percentage between 0 and 100 such as '85' or '85%', got '${text}'`);
    }
    return value;
}
/** Newline- or comma-separated values; blank entries and surrounding spaces dropped. */
function parseList(text) {
    return text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** 'true' / 'false' only (any case), as the YAML 1.2 core schema and the runner do. */
function parseBoolean(text) {
    const lower = text.trim().toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    throw new Error(`expected 'true' or 'false', got '${text}'`);
}
/** A decimal number, optionally within a range. */
function parseNumber(text, range = {}) {
    const trimmed = text.trim();
    const value = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
    const kind = range.integer ? 'a whole number' : 'a number';
    const bounds = range.min !== undefined && range.max !== undefined
        ? ` between ${range.min} and ${range.max}`
        : range.min !== undefined
            ? ` of at least ${range.min}`
            : range.max !== undefined
                ? ` of at most ${range.max}`
                : '';
    if (Number.isNaN(value) ||
        (range.integer && !Number.isInteger(value)) ||
        (range.min !== undefined && value < range.min) ||
        (range.max !== undefined && value > range.max)) {
        throw new Error(`expected ${kind}${bounds}, got '${text}'`);
    }
    return value;
}


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ checkRunOmitted),
/* harmony export */   G7: () => (/* binding */ checkRunOmittedNote),
/* harmony export */   _U: () => (/* binding */ createCheckRun),
/* harmony export */   we: () => (/* binding */ CHECK_RUN_ANNOTATIONS_DEFAULT),
/* harmony export */   xL: () => (/* binding */ withSummaryNote)
/* harmony export */ });
/* unused harmony exports CHECK_ANNOTATIONS_PER_REQUEST, CHECK_TEXT_LIMIT, toCheckAnnotations */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var _action_annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(587);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3353);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5081);
/**
 * A check run carrying the worst annotations, up to a cap: the API takes at most 50 annotations per request, so
 * the first batch goes with the create call and the rest are appended with updates, and GitHub spaces writes about
 * a second apart, so each batch beyond the first costs that second. Output text is cut to the API's 65,535
 * characters.
 */




const CHECK_ANNOTATIONS_PER_REQUEST = 50;
const CHECK_TEXT_LIMIT = 65_535;
/**
 * Default cap on the annotations sent to a check run (the `check-run-annotations` input): two requests, one
 * spacing of GitHub's writes, so publishing does not grow with the findings; the rest are in the job summary.
 */
const CHECK_RUN_ANNOTATIONS_DEFAULT = 2 * CHECK_ANNOTATIONS_PER_REQUEST;
const LEVEL = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
/** Check-run annotations need a path and a line; others stay in the text. */
function toCheckAnnotations(annotations) {
    return annotations
        .filter((a) => a.file && a.startLine)
        .map((a) => {
        const sameLine = !a.endLine || a.endLine === a.startLine;
        return {
            path: a.file,
            start_line: a.startLine,
            end_line: a.endLine ?? a.startLine,
            annotation_level: LEVEL[a.level],
            message: a.message.slice(0, 64 * 1024),
            ...(a.title ? { title: a.title.slice(0, 255) } : {}),
            ...(sameLine && a.startColumn ? { start_column: a.startColumn, end_column: a.endColumn ?? a.startColumn } : {}),
        };
    });
}
/** Whether an annotation can go on a check run (it needs a path and a line). */
const onCode = (annotation) => Boolean(annotation.file && annotation.startLine);
/** How many of `annotations` a check run capped at `max` leaves out (those without a place count for none). */
function checkRunOmitted(annotations, max) {
    if (max === undefined)
        return 0;
    let placed = 0;
    for (const annotation of annotations)
        if (onCode(annotation))
            placed++;
    return Math.max(0, placed - max);
}
/** The sentence for a summary when the cap left annotations out; undefined when it left none out. */
function checkRunOmittedNote(omitted, max, elsewhere) {
    if (omitted <= 0)
        return undefined;
    const carried = max === 0 ? 'no annotations' : `the worst ${max} annotation(s)`;
    return `The check run carries ${carried}: ${omitted} were left out (input \`check-run-annotations\`); they are all in ${elsewhere}.`;
}
/** The job summary with `note` at its end, kept there when the summary is cut to fit. */
function withSummaryNote(markdown, note) {
    if (note === undefined)
        return markdown;
    const tail = `\n\n> [!NOTE]\n> ${note}`;
    return `${(0,_action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .fitSummary */ .mW)(markdown, _action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_LIMIT_BYTES */ .Jz - Buffer.byteLength(tail, 'utf8') - 1)}${tail}`;
}
/**
 * Creates a completed check run with the worst `maxAnnotations` annotations. A refused write or an unavailable
 * API warns once and returns `skipped`; a call not sent because the API failed earlier in the step only logs.
 */
async function createCheckRun(client, request) {
    const placed = request.annotations.filter(onCode);
    const max = request.maxAnnotations ?? placed.length;
    const chosen = max >= placed.length ? placed : (0,_action_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .sortWorstFirst */ .Qi)(placed).slice(0, Math.max(0, max));
    const all = toCheckAnnotations(chosen);
    const batches = [];
    for (let i = 0; i < all.length; i += CHECK_ANNOTATIONS_PER_REQUEST)
        batches.push(all.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
    const output = (annotations) => ({
        title: request.title.slice(0, 255),
        summary: (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .fitComment */ .pI)(request.summary, CHECK_TEXT_LIMIT),
        ...(request.text ? { text: (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .fitComment */ .pI)(request.text, CHECK_TEXT_LIMIT) } : {}),
        annotations,
    });
    const { owner, repo } = request;
    try {
        const created = await client.rest.checks.create({
            owner,
            repo,
            name: request.name,
            head_sha: request.headSha,
            status: 'completed',
            conclusion: request.conclusion,
            output: output(batches[0] ?? []),
        });
        const data = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectAnswer */ .As)(client, 'the check run created', created.data, (answer) => typeof answer?.id === 'number');
        for (const batch of batches.slice(1)) {
            await client.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch) });
        }
        return {
            status: 'created',
            id: data.id,
            url: data.html_url ?? '',
            annotations: all.length,
            omitted: placed.length - all.length,
            requests: Math.max(1, batches.length),
        };
    }
    catch (error) {
        const reason = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .describeWriteFailure */ .jg)(error, 'checks: write');
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .isSkippedCall */ .lx)(error))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No check run: ${reason}`);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not create the check run: ${reason}. The decision stands.`);
        return { status: 'skipped', reason };
    }
}


/***/ }),

/***/ 5081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ expectAnswer),
/* harmony export */   Z7: () => (/* binding */ resolveGitHubClient),
/* harmony export */   dL: () => (/* binding */ lazyGitHubClient),
/* harmony export */   jg: () => (/* binding */ describeWriteFailure),
/* harmony export */   lx: () => (/* binding */ isSkippedCall)
/* harmony export */ });
/* unused harmony exports GITHUB_CLIENT_DEFAULTS, GitHubUnavailableError, createGitHubClient, httpStatus */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5396);
/**
 * The GitHub API client every action uses: Octokit from @actions/github with GitHub's recommended throttling,
 * bounded in time. The base URL comes from GITHUB_API_URL, so GitHub Enterprise Server works unchanged.
 *
 * - Every request has a timeout (its answer's body included) and every client a total budget, counted from its
 *   first request: an API that hangs costs at most that long.
 * - Retries: a 5xx answer or a dropped connection is retried (twice by default, after 0.5 s then 1 s, within
 *   the budget). Nothing else is: not a 4xx (the answer will not change), not a refused connection (the API is
 *   not there), not a timeout (it would cost the timeout again).
 * - An answer that is not JSON where JSON is due (a proxy's error page) is an error, not data.
 * - Once the API has failed that way (unavailable: timeout, refused, 5xx after the retries, garbage), the client
 *   sends nothing more: each later call fails at once with `skipped` set, so the caller that warned first is
 *   the only one to warn, and a gate spends one timeout, not one per request.
 */


const STATES = new WeakMap();
/** Every default of the client, in one place. */
const GITHUB_CLIENT_DEFAULTS = {
    /** Longest wait for one request, its whole answer included. */
    requestTimeoutMs: 10_000,
    /** Total time for every request of one client (a publishing phase). */
    budgetMs: 30_000,
    /** Retries of a 5xx answer or a dropped connection. */
    retries: 2,
    /** Pause before the first retry; doubled for each next one. */
    retryDelayMs: 500,
    /** A rate limit is waited out only when it lifts this soon (seconds). */
    maxRateLimitWaitSeconds: 10,
};
/**
 * The API cannot be used now: it did not answer in time, refused the connection, kept failing with 5xx, or
 * answered something that is not the API's. `skipped` when this request was not even sent because an earlier one
 * failed that way (its caller warned already).
 */
class GitHubUnavailableError extends Error {
    reason;
    skipped;
    constructor(message, reason, skipped = false, cause) {
        super(message, cause === undefined ? {} : { cause });
        // Callers that catch a deadline by name (AbortSignal.timeout's TimeoutError) keep working.
        this.name =
            reason === 'timeout' || reason === 'budget'
                ? 'TimeoutError'
                : reason === 'aborted'
                    ? 'AbortError'
                    : 'GitHubUnavailableError';
        this.reason = reason;
        this.skipped = skipped;
    }
}
/** The client `source` gives, made now if it was deferred. */
async function resolveGitHubClient(source) {
    return typeof source === 'function' ? source() : source;
}
/** A client for `token` made on first use, then the same one (its time budget is one step's); undefined without a token. */
function lazyGitHubClient(token, options = {}) {
    if (token === '')
        return undefined;
    let client;
    return () => (client ??= createGitHubClient(token, options));
}
/**
 * The client for `token`. Octokit and its plugins are loaded here, on first use, not when the action starts:
 * most runs of a gate never call the API.
 */
async function createGitHubClient(token, options = {}) {
    const [{ getOctokit }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(521), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1918)),
        __nccwpck_require__.e(/* import() */ 864).then(__nccwpck_require__.bind(__nccwpck_require__, 8864)),
    ]);
    const retries = Math.max(0, options.retries ?? GITHUB_CLIENT_DEFAULTS.retries);
    const requestTimeoutMs = options.requestTimeoutMs ?? GITHUB_CLIENT_DEFAULTS.requestTimeoutMs;
    const budgetMs = options.budgetMs ?? GITHUB_CLIENT_DEFAULTS.budgetMs;
    const baseUrl = options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com';
    const state = { unavailable: undefined, budget: undefined };
    const stop = (budget) => [budget, ...(options.signal ? [options.signal] : [])];
    /**
     * Inside throttling (a plugin applied before it): each attempt with its deadline, retries, garbage. Retries
     * here are not queued again behind GitHub's spacing of writes and notifications.
     */
    const attempts = (octokit) => {
        octokit.hook.wrap('request', async (request, requestOptions) => {
            const endpoint = requestOptions;
            const what = describeEndpoint(endpoint, baseUrl);
            const budget = (state.budget ??= AbortSignal.timeout(budgetMs));
            for (let attempt = 0;; attempt++) {
                const deadline = AbortSignal.timeout(requestTimeoutMs);
                endpoint.request = { ...endpoint.request, signal: AbortSignal.any([deadline, ...stop(budget)]) };
                let failure;
                try {
                    const response = await request(requestOptions);
                    // A body cut by the deadline reaches here as empty data: the deadline decides, not the status.
                    if (deadline.aborted || budget.aborted || options.signal?.aborted)
                        throw deadline.reason;
                    checkAnswer(response, what);
                    return response;
                }
                catch (error) {
                    failure = classify(error, what, { deadline, budget, signal: options.signal, requestTimeoutMs, budgetMs });
                    if (!failure)
                        throw error;
                }
                const retryable = failure.reason === 'server-error' || failure.reason === 'network';
                if (retryable && attempt < retries) {
                    const delay = GITHUB_CLIENT_DEFAULTS.retryDelayMs * 2 ** attempt;
                    const waited = await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(delay, true, { signal: AbortSignal.any(stop(budget)) }).catch(() => false);
                    if (waited)
                        continue;
                    failure = classify(failure, what, { deadline, budget, signal: options.signal, requestTimeoutMs, budgetMs });
                }
                state.unavailable ??= failure;
                throw failure;
            }
        });
    };
    const client = getOctokit(token, {
        baseUrl,
        throttle: {
            onRateLimit: (retryAfter, request, _octokit, count) => waitForLimit('rate limit', retryAfter, request, count < 1),
            onSecondaryRateLimit: (retryAfter, request, _octokit, count) => waitForLimit('secondary rate limit', retryAfter, request, count < 1),
        },
    }, attempts, throttling);
    STATES.set(client, state);
    // Outside everything (throttling's queues and rate-limit waits included): skip once unavailable, and the budget.
    client.hook.wrap('request', async (request, requestOptions) => {
        const endpoint = requestOptions;
        const what = describeEndpoint(endpoint, baseUrl);
        const { unavailable } = state;
        if (unavailable) {
            throw new GitHubUnavailableError(`${what} was not sent: ${unavailable.message}`, unavailable.reason, true);
        }
        const budget = (state.budget ??= AbortSignal.timeout(budgetMs));
        const stopped = AbortSignal.any(stop(budget));
        let onStop;
        const deadline = new Promise((_resolve, reject) => {
            onStop = () => reject(classify(stopped.reason, what, {
                deadline: budget,
                budget,
                signal: options.signal,
                requestTimeoutMs,
                budgetMs,
            }));
            if (stopped.aborted)
                onStop();
            else
                stopped.addEventListener('abort', onStop, { once: true });
        });
        try {
            return await Promise.race([request(requestOptions), deadline]);
        }
        catch (error) {
            if (error instanceof GitHubUnavailableError)
                state.unavailable ??= error;
            throw error;
        }
        finally {
            if (onStop)
                stopped.removeEventListener('abort', onStop);
            deadline.catch(() => undefined);
        }
    });
    return client;
}
/** `GET /repos/o/r/issues/3/comments?per_page=100`: the request without the API's address. */
function describeEndpoint(endpoint, baseUrl) {
    const url = endpoint.url.startsWith(baseUrl) ? endpoint.url.slice(baseUrl.replace(/\/+$/, '').length) : endpoint.url;
    return `${endpoint.method} ${url}`;
}
function waitForLimit(kind, retryAfter, request, firstTime) {
    const wait = firstTime && retryAfter <= GITHUB_CLIENT_DEFAULTS.maxRateLimitWaitSeconds;
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`GitHub API ${kind} hit for ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : `it lifts in ${retryAfter}s, not waited for`}.`);
    return wait;
}
/** An answer of the API is JSON (or empty for 204/205/304); anything else came from something else. */
function checkAnswer(response, what) {
    if (response.status === 204 || response.status === 205 || response.status === 304)
        return;
    const type = response.headers['content-type'] ?? '';
    if (typeof response.data === 'object' && response.data !== null && /json/i.test(type))
        return;
    const shown = typeof response.data === 'string' ? `${response.data.length} characters of text` : typeof response.data;
    throw new GitHubUnavailableError(`${what} was answered with HTTP ${response.status} and ${type || 'no content type'} that is not the API's JSON (${shown})`, 'garbage');
}
const NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED', 'ETIMEDOUT']);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
function codeOf(error) {
    for (let current = error, depth = 0; current && depth < 6; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        current = current.cause;
    }
    return undefined;
}
/** The error as an unavailable API, or undefined for an answer the caller must see (4xx, and 5xx kept below). */
function classify(error, what, context) {
    if (context.signal?.aborted)
        return new GitHubUnavailableError(`${what} was stopped (the caller's deadline)`, 'aborted', false, error);
    if (context.budget.aborted) {
        return new GitHubUnavailableError(`the GitHub API did not answer ${what} within the ${context.budgetMs / 1000} s budget of this step`, 'budget', false, error);
    }
    if (error instanceof GitHubUnavailableError)
        return error;
    if (context.deadline.aborted) {
        return new GitHubUnavailableError(`the GitHub API did not answer ${what} within ${context.requestTimeoutMs / 1000} s`, 'timeout', false, error);
    }
    const status = httpStatus(error);
    const answered = error.response !== undefined;
    if (answered && status !== undefined && status >= 500) {
        return new GitHubUnavailableError(`the GitHub API answered ${what} with HTTP ${status}`, 'server-error', false, error);
    }
    if (answered)
        return undefined;
    const code = codeOf(error);
    // fetch refuses some ports itself ("bad port"): as unreachable as a refused connection.
    const unreachable = code ? UNREACHABLE_CODES.has(code) : /\bbad port\b/i.test(error.message ?? '');
    if (unreachable) {
        return new GitHubUnavailableError(`the GitHub API cannot be reached (${code ?? error.message}) for ${what}`, 'refused', false, error);
    }
    if ((code && NETWORK_CODES.has(code)) || status === 500)
        return new GitHubUnavailableError(`the connection to the GitHub API was lost during ${what} (${code ?? error.message})`, 'network', false, error);
    return undefined;
}
/** The HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Why a write was refused, phrased for a warning: fork PRs and read-only tokens get 403/404. */
function describeWriteFailure(error, permission) {
    if (error instanceof GitHubUnavailableError)
        return error.message;
    const status = httpStatus(error);
    const message = capText(error?.message ?? String(error));
    if (status === 403 || status === 404) {
        return `${message} (HTTP ${status}). The token lacks '${permission}' permission — expected on pull requests from forks and with read-only tokens; see the README's 'Fork pull requests' section.`;
    }
    return status ? `${message} (HTTP ${status})` : message;
}
/** The most characters of an API's error text echoed into a warning. */
const ECHOED_CHARS = 500;
function capText(text) {
    const line = text.replace(/\s+/g, ' ');
    return line.length > ECHOED_CHARS ? `${line.slice(0, ECHOED_CHARS)}… (${line.length} characters)` : line;
}
/** True for a call that was not sent because the API failed before: its caller need not warn again. */
function isSkippedCall(error) {
    return error instanceof GitHubUnavailableError && error.skipped;
}
/**
 * `data` when `valid(data)` holds; otherwise the answer is not the API's (a 200 with `{}` where a list is due):
 * the client is marked unavailable, like for any garbage answer, and a GitHubUnavailableError is thrown.
 */
function expectAnswer(client, what, data, valid) {
    if (valid(data))
        return data;
    const error = new GitHubUnavailableError(`the GitHub API answered ${what} with JSON of another shape (${Array.isArray(data) ? 'a list' : typeof data})`, 'garbage');
    const state = STATES.get(client);
    if (state)
        state.unavailable ??= error;
    throw error;
}


/***/ }),

/***/ 7264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k$: () => (/* binding */ COMMENT_INPUT_DEFAULTS),
/* harmony export */   oi: () => (/* binding */ getCommentPolicy),
/* harmony export */   rh: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* unused harmony exports COMMENT_MODES, COMMENT_WHEN, COMMENT_ON_PASS, DEFAULT_COMMENT_POLICY, stickyMarker, upsertStickyComment */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6412);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3353);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5081);
/**
 * A sticky PR comment: one comment per action (and key), found again by a hidden HTML marker across every page
 * of comments, and written the way the user chose (the modes the anchors' users ask for): updated in place or
 * recreated at the bottom, on every run or only when failing or changed, kept, deleted or hidden once passing.
 */




const COMMENT_MODES = ['update', 'recreate', 'off'];
const COMMENT_WHEN = ['always', 'failing-or-changed'];
const COMMENT_ON_PASS = ['keep', 'delete', 'hide'];
const DEFAULT_COMMENT_POLICY = { mode: 'update', when: 'always', onPass: 'keep' };
/** The comment inputs' defaults, as every gate's action.yml gives them. */
const COMMENT_INPUT_DEFAULTS = {
    comment: DEFAULT_COMMENT_POLICY.mode,
    'comment-when': DEFAULT_COMMENT_POLICY.when,
    'comment-on-pass': DEFAULT_COMMENT_POLICY.onPass,
};
/** The inputs `comment`, `comment-when` and `comment-on-pass`, the same in every gate. */
function getCommentPolicy() {
    const text = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('comment').toLowerCase();
    // 0.1 took a boolean.
    const mode = text === 'true'
        ? 'update'
        : text === 'false'
            ? 'off'
            : (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('comment', COMMENT_MODES, DEFAULT_COMMENT_POLICY.mode);
    return {
        mode,
        when: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('comment-when', COMMENT_WHEN, DEFAULT_COMMENT_POLICY.when),
        onPass: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('comment-on-pass', COMMENT_ON_PASS, DEFAULT_COMMENT_POLICY.onPass),
    };
}
/** The hidden marker written at the top of the comment. */
function stickyMarker(key) {
    return `<!-- pipeline-actions:sticky:${key} -->`;
}
const DIGEST = /<!-- pipeline-actions:digest:([0-9a-f]+) -->/;
const HIDDEN = '<!-- pipeline-actions:hidden -->';
/**
 * Writes the comment as `request.policy` says. Never throws for a refused write: a fork PR, a read-only token or
 * an API that is unavailable (see client.ts) gets one warning and `skipped`, so the gate's decision stands; a call
 * not sent because the API failed earlier in the step only logs.
 */
async function upsertStickyComment(client, request) {
    const policy = request.policy ?? DEFAULT_COMMENT_POLICY;
    if (policy.mode === 'off')
        return { status: 'skipped', reason: "comment is 'off'" };
    const { owner, repo, issueNumber } = request;
    const marker = stickyMarker(request.key);
    const digest = process
        .getBuiltinModule('node:crypto')
        .createHash('sha256')
        .update(request.digestOf ?? request.body)
        .digest('hex')
        .slice(0, 16);
    const passing = request.passing === true;
    const bodyOf = (hidden) => (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .fitComment */ .pI)(`${marker}\n<!-- pipeline-actions:digest:${digest} -->${hidden ? `\n${HIDDEN}` : ''}\n${request.body}`);
    try {
        const existing = await findComment(client, request, marker);
        const changed = existing?.digest !== digest;
        if (passing && policy.onPass === 'delete') {
            if (!existing)
                return { status: 'skipped', reason: 'the gate passes and there is no comment to delete' };
            await client.rest.issues.deleteComment({ owner, repo, comment_id: existing.id });
            return { status: 'deleted', id: existing.id };
        }
        if (passing && policy.onPass === 'hide') {
            if (!existing)
                return { status: 'skipped', reason: 'the gate passes and there is no comment to hide' };
            if (existing.hidden && !changed)
                return { status: 'skipped', reason: 'the hidden comment is unchanged' };
            const written = await client.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body: bodyOf(true),
            });
            const data = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectAnswer */ .As)(client, 'the comment written', written.data, isComment);
            const nodeId = data.node_id ?? existing.nodeId;
            if (nodeId !== undefined)
                await client.graphql(MINIMIZE, { id: nodeId });
            return { status: 'hidden', id: data.id, url: data.html_url };
        }
        if (passing && policy.when === 'failing-or-changed') {
            if (!existing)
                return { status: 'skipped', reason: 'the gate passes and there is no earlier comment' };
            if (!changed)
                return { status: 'skipped', reason: 'the gate passes and the comment is unchanged' };
        }
        // A hidden comment is recreated: updating it would leave it folded away.
        const recreate = existing !== undefined && (policy.mode === 'recreate' || existing.hidden);
        if (recreate)
            await client.rest.issues.deleteComment({ owner, repo, comment_id: existing.id });
        const written = existing !== undefined && !recreate
            ? await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: bodyOf(false) })
            : await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: bodyOf(false) });
        const data = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectAnswer */ .As)(client, 'the comment written', written.data, isComment);
        const status = existing === undefined ? 'created' : recreate ? 'recreated' : 'updated';
        return { status, id: data.id, url: data.html_url };
    }
    catch (error) {
        const reason = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .describeWriteFailure */ .jg)(error, 'pull-requests: write');
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .isSkippedCall */ .lx)(error))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No PR comment: ${reason}`);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not post the PR comment: ${reason}. The decision stands.`);
        return { status: 'skipped', reason };
    }
}
/**
 * A gate's comment on its pull request, with what every gate says when it cannot be written: no token, or a
 * fork pull request's read-only token (the README's workflow_run pattern comments on those).
 */
async function commentOnPullRequest(request) {
    const { context, client, pullNumber, policy } = request;
    if (policy.mode === 'off')
        return { status: 'skipped', reason: "comment is 'off'" };
    if (pullNumber === undefined || context.repo === undefined)
        return { status: 'skipped', reason: 'not a pull request (give pr-number in a workflow_run workflow)' };
    if (client === undefined) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning('comment is on but github-token is empty: no PR comment.');
        return { status: 'skipped', reason: 'no token' };
    }
    if (context.pullRequest?.isFork && context.eventName === 'pull_request') {
        const reason = "This pull request comes from a fork: its token is read-only, so no comment is posted (the decision stands). Use the README's workflow_run pattern to comment on fork PRs.";
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(reason);
        return { status: 'skipped', reason };
    }
    const posted = await upsertStickyComment(await (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveGitHubClient */ .Z7)(client), {
        ...context.repo,
        issueNumber: pullNumber,
        ...request,
    });
    if (posted.status === 'skipped')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No PR comment: ${posted.reason}.`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`PR comment ${posted.status}${'url' in posted ? `: ${posted.url}` : ''}`);
    return posted;
}
const MINIMIZE = `mutation($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } }
}`;
/** The comment carrying `marker`, across every page of the PR's comments. */
async function findComment(client, request, marker) {
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        per_page: 100,
    })) {
        const comments = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectAnswer */ .As)(client, 'the comments of the pull request', page.data, Array.isArray);
        const found = comments.find((comment) => typeof comment?.body === 'string' && comment.body.includes(marker));
        if (found) {
            const body = found.body ?? '';
            return { id: found.id, nodeId: found.node_id, digest: DIGEST.exec(body)?.[1], hidden: body.includes(HIDDEN) };
        }
    }
    return undefined;
}
function isComment(data) {
    return typeof data?.id === 'number';
}


/***/ }),

/***/ 2839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/** What an action needs to know about the run, read from the runner's environment and event payload. */


function readPayload() {
    const file = process.env['GITHUB_EVENT_PATH'];
    if (!file)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** Reads the run's context now (not at module load, so tests can change the environment). */
function readRunContext(env = process.env) {
    const payload = readPayload();
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    // pull_request, pull_request_target and workflow_run-less events carry `pull_request`.
    const pr = (payload['pull_request'] ?? undefined);
    const pullRequest = pr && typeof pr.number === 'number'
        ? {
            number: pr.number,
            baseSha: pr.base?.sha ?? '',
            headSha: pr.head?.sha ?? '',
            baseRef: pr.base?.ref ?? '',
            headRef: pr.head?.ref ?? '',
            isFork: !pr.head?.repo || pr.head.repo.full_name !== pr.base?.repo?.full_name,
        }
        : undefined;
    const serverUrl = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const repository = env['GITHUB_REPOSITORY'];
    const run = `${repository || 'local'} run ${runId || '?'} attempt ${env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
    const job = [env['GITHUB_WORKFLOW'], env['GITHUB_JOB']].filter(Boolean).join(' / ');
    return {
        repo: owner && repo ? { owner, repo } : undefined,
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        sha: env['GITHUB_SHA'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        runId,
        serverUrl,
        payload,
        pullRequest,
        runUrl: repository && runId ? `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` : undefined,
        runLabel: job ? `${run} (${job})` : run,
        runnerTemp: env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExitCode: () => (/* binding */ ExitCode),
  addPath: () => (/* binding */ addPath),
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  exportVariable: () => (/* binding */ exportVariable),
  getBooleanInput: () => (/* binding */ getBooleanInput),
  getIDToken: () => (/* binding */ getIDToken),
  getInput: () => (/* binding */ getInput),
  getMultilineInput: () => (/* binding */ getMultilineInput),
  getState: () => (/* binding */ getState),
  group: () => (/* binding */ group),
  info: () => (/* binding */ info),
  isDebug: () => (/* binding */ isDebug),
  markdownSummary: () => (/* reexport */ markdownSummary),
  notice: () => (/* binding */ notice),
  platform: () => (/* reexport */ platform_namespaceObject),
  saveState: () => (/* binding */ saveState),
  setCommandEcho: () => (/* binding */ setCommandEcho),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  summary: () => (/* reexport */ summary),
  toPlatformPath: () => (/* reexport */ toPlatformPath),
  toPosixPath: () => (/* reexport */ toPosixPath),
  toWin32Path: () => (/* reexport */ toWin32Path),
  warning: () => (/* binding */ warning)
});

// NAMESPACE OBJECT: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */



function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const convertedValue = toCommandValue(value);
    // One line needs no delimiter: the runner reads `name=value` as it reads the heredoc form (whichever of `=` and
    // `<<` comes first in the line decides), and a value without a line break cannot end a block early. Without a
    // delimiter there is no random UUID to make, so crypto is loaded only by a multi-line value.
    if (!/[\r\n]/.test(convertedValue) && !key.includes('=') && !key.includes('<<') && !/[\r\n]/.test(key)) {
        return `${key}=${convertedValue}`;
    }
    const delimiter = `ghadelimiter_${process.getBuiltinModule('crypto').randomUUID()}`;
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
// Loaded on first use (getIDToken), not with @actions/core: most actions never ask for an ID token.
const loadHttpClient = () => Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(521), __nccwpck_require__.e(343)]).then(__nccwpck_require__.bind(__nccwpck_require__, 343)), __nccwpck_require__.e(/* import() */ 525).then(__nccwpck_require__.bind(__nccwpck_require__, 5525))]);

class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        return __awaiter(this, void 0, void 0, function* () {
        const [{ HttpClient }, { BearerCredentialHandler }] = yield loadHttpClient();
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
        });
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = yield OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

// Loaded when the platform details are asked for, not with @actions/core: it brings child_process, net and assert.
const loadExec = () => __nccwpck_require__.e(/* import() */ 296).then(__nccwpck_require__.bind(__nccwpck_require__, 296));
const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield (yield loadExec()).getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield (yield loadExec()).getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield (yield loadExec()).getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield (yield loadExec()).getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2722);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
