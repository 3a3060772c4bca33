export * from './free-port.ts';
export * from './fault-service.ts';
export * from './nginx.ts';
export * from './tls.ts';
export * from './sshd.ts';
export * from './slot-app.ts';
export * from './load.ts';
export * from './haproxy.ts';
