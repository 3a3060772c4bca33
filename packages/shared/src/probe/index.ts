// The probe engine: HTTP/TCP checks with timing, Hurl-style assertions, readiness and watch windows.
export * from './types.ts';
export * from './check.ts';
export * from './jsonpath.ts';
export * from './assertions.ts';
export * from './errors.ts';
export * from './probe.ts';
export * from './stats.ts';
export * from './thresholds.ts';
export * from './wait-for.ts';
export * from './watch.ts';
export * from './redact.ts';
export * from './config.ts';
export * from './smoke.ts';
