'use strict';
// The manifest is written for the dev server; production builds point it at the deployed site instead.
const DEV_ORIGIN = 'https://localhost:3000';

/** Replaces the dev origin in manifest text with `deployUrl` (https only; a path prefix is kept). */
function rewriteManifestUrls(xml, deployUrl) {
  const url = new URL(deployUrl);
  if (url.protocol !== 'https:') throw new Error(`NAP_MONITOR_URL must be an https URL, got ${deployUrl}`);
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  // Full URLs take the path prefix; bare origins (AppDomain) take the origin only.
  return xml.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(url.origin);
}

module.exports = { DEV_ORIGIN, rewriteManifestUrls };
