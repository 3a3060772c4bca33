export * from './free-port.ts';
export * from './fault-service.ts';
export * from './nginx.ts';
export * from './tls.ts';
