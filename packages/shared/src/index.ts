// The runner contract shared by every action. Each module is also importable
// on its own as '@pipeline-actions/shared/<dir>/<module>'.
export * from './action/errors.ts';
export * from './action/values.ts';
export * from './action/suggest.ts';
export * from './action/schema.ts';
export * from './action/inputs.ts';
export * from './action/files.ts';
export * from './action/run.ts';
export * from './action/summary.ts';
export * from './action/annotations.ts';
export * from './policy/threshold.ts';
export * from './exec/exec.ts';
export * from './github/client.ts';
export * from './github/context.ts';
export * from './github/comments.ts';
export * from './github/pull-request.ts';
export * from './github/checks.ts';
export * from './github/deployments.ts';
export * from './report/chunks.ts';
export * from './report/lines.ts';
export * from './report/xml.ts';
export * from './report/json.ts';
export * from './report/sniff.ts';
export * from './report/paths.ts';
export * from './probe/index.ts';
export * from './traffic/index.ts';
export * from './diff/changed-lines.ts';
