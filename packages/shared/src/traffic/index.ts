// The traffic engine shared by blue-green-deploy and rollback.
export * from './slots.ts';
export * from './transport.ts';
export * from './ssh.ts';
export * from './lock.ts';
export * from './target.ts';
export * from './targets.ts';
export * from './target-defaults.ts';
export * from './commands.ts';
export * from './probes.ts';
export * from './timeline.ts';
export * from './flow.ts';
export * from './settings.ts';
export * from './session.ts';
export * from './record.ts';
