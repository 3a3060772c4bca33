/**
 * The defaults of the targets' own inputs, apart from the targets' modules (which load only when a run uses
 * them): the settings and the action.yml check read them without loading a target.
 */
export const NGINX_DEFAULTS = { 'nginx-upstream': 'app', 'nginx-command': 'nginx' };
export const HAPROXY_DEFAULTS = { 'haproxy-map-key': 'app', 'haproxy-backend': 'app' };
