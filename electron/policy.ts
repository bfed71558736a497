/** The app's own origin and content policy; kept free of Electron imports so tests can read them. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://paraat`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function isAppUrl(url: string): boolean {
  try {
    // Node's URL gives a custom scheme the origin "null", so compare scheme and host instead.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'paraat';
  } catch {
    return false;
  }
}

/** Requests the app may make: its own pages, and the developer tools when a developer opens them. */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://');
}
