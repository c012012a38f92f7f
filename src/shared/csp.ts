/**
 * The renderer's Content-Security-Policy. The desktop shell sends it as a header on every app:// response,
 * and src/renderer/index.html carries the same policy in a meta tag so the plain-browser build is covered
 * too. Nothing is fetched from the network: every source is the app's own origin.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
