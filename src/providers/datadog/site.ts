import { DATADOG_SITES } from '../../engine/config/noticesSchema.js';
import { parseBase } from '../shared/noticeRequest.js';

/** `https://api.<site>` for one of Datadog's sites, or `apiUrl` (without a trailing /api/v1…) when given. */
export function datadogApiBase(site: string, apiUrl?: string): string {
  if (apiUrl) {
    const url = parseBase(apiUrl, 'datadog-api-url');
    // A URL copied with the API path still means the host it lives under.
    url.pathname = url.pathname.replace(/\/api\/v1(?:\/events)?$/, '');
    return url.href.replace(/\/+$/, '');
  }
  const wanted = site.trim().toLowerCase();
  if (!(DATADOG_SITES as readonly string[]).includes(wanted))
    throw new Error(`datadog-site "${site}" is not one of Datadog's sites: ${DATADOG_SITES.join(', ')}`);
  return `https://api.${wanted}`;
}

/**
 * The web app of the site, where a person opens a monitor; undefined when `apiUrl` leads elsewhere (a
 * proxy or a private endpoint), since its app host cannot be known from there. Datadog's sites table:
 * a site of two labels is behind app. (app.datadoghq.com, app.datadoghq.eu, app.ddog-gov.com); a
 * regional one is its own host (us3.datadoghq.com, ap1.datadoghq.com).
 */
export function datadogAppBase(site: string, apiUrl?: string): string | undefined {
  const wanted = site.trim().toLowerCase();
  if (!(DATADOG_SITES as readonly string[]).includes(wanted)) return undefined;
  if (apiUrl && datadogApiBase(wanted, apiUrl) !== datadogApiBase(wanted)) return undefined;
  return wanted.split('.').length === 2 ? `https://app.${wanted}` : `https://${wanted}`;
}
