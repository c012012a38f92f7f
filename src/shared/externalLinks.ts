/**
 * Links the app may open in the system browser. Only https, only these hosts (exact match or a
 * subdomain), and never with credentials in the URL: anything else is refused.
 */
export const ALLOWED_EXTERNAL_HOSTS = [
  'www.nhs.uk',
  'nhs.uk',
  'www.physio-pedia.com',
  'physio-pedia.com',
] as const;

export function isAllowedExternalUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return ALLOWED_EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
