// undici's modules imported one by one (see loadUndici in probe.ts), typed as undici's index types them.
declare module 'undici/lib/dispatcher/agent.js' {
  const Agent: typeof import('undici').Agent;
  export default Agent;
}
declare module 'undici/lib/core/connect.js' {
  const buildConnector: typeof import('undici').buildConnector;
  export default buildConnector;
}
declare module 'undici/lib/interceptor/redirect.js' {
  const redirect: typeof import('undici').interceptors.redirect;
  export default redirect;
}
