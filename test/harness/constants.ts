/** Token the harness hands to actions (`${{ github.token }}`); the fake GitHub accepts it by default. */
export const FAKE_GITHUB_TOKEN = 'ghs_harnessFakeToken000000000000000000000';

/**
 * Where `GITHUB_API_URL` points unless a test gives the fake's URL: a closed loopback port, so an action that
 * calls GitHub unexpectedly fails fast instead of reaching the internet.
 */
export const UNREACHABLE_API_URL = 'http://127.0.0.1:1';
