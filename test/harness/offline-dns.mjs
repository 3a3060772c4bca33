// Preloaded into an action (NODE_OPTIONS=--import) to test an API URL whose name cannot resolve without sending a
// DNS query off the machine: names under `.invalid` (RFC 6761: never resolvable) fail here with the error
// getaddrinfo gives for an unknown name; every other name is looked up as usual.
import dns from 'node:dns';

const lookup = dns.lookup;
dns.lookup = function lookupOffline(hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  if (typeof hostname === 'string' && /(^|\.)invalid\.?$/i.test(hostname)) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
      code: 'ENOTFOUND',
      errno: -3008,
      syscall: 'getaddrinfo',
      hostname,
    });
    process.nextTick(done, error);
    return {};
  }
  return lookup.apply(this, arguments);
};
