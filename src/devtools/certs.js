'use strict';
// HTTPS options for the dev server. Office requires https even for localhost.
// Windows/macOS: office-addin-dev-certs creates a CA and trusts it in the user's store (no sudo needed there).
// Linux: office-addin-dev-certs runs `sudo sh install_linux.sh`, which fails for root without sudo (our CI and dev
// machines) and prompts elsewhere, so we make our own CA + localhost certificate under .certs/ instead.
const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_CERT_DIR = path.join(REPO_ROOT, '.certs');
const VALID_DAYS = 365;
// Regenerate a little before expiry so a long-running dev server never serves an expired certificate.
const RENEW_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;

const FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };

function readCached(dir, now) {
  const paths = Object.values(FILES).map((name) => path.join(dir, name));
  if (!paths.every((file) => fs.existsSync(file))) return null;
  const [ca, cert, key] = paths.map((file) => fs.readFileSync(file, 'utf8'));
  const { X509Certificate } = require('node:crypto');
  const notAfter = new Date(new X509Certificate(cert).validTo).getTime();
  if (notAfter - now.getTime() < RENEW_WITHIN_MS) return null;
  return { ca, cert, key };
}

async function generate(dir, now) {
  const selfsigned = require('selfsigned');
  const notAfterDate = new Date(now.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const ca = await selfsigned.generate([{ name: 'commonName', value: 'NAP Monitor Dev CA' }], {
    algorithm: 'sha256',
    keySize: 2048,
    notBeforeDate: now,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const leaf = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    algorithm: 'sha256',
    keySize: 2048,
    notBeforeDate: now,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const result = { ca: ca.cert, cert: leaf.cert, key: leaf.private };
  for (const [field, name] of Object.entries(FILES)) {
    fs.writeFileSync(path.join(dir, name), result[field], { mode: field === 'key' ? 0o600 : 0o644 });
  }
  return result;
}

/** A cached or freshly generated CA-signed certificate for localhost and 127.0.0.1 in `dir`. */
async function selfSignedHttpsOptions({ dir = DEFAULT_CERT_DIR, now = new Date(), log = console.log } = {}) {
  const cached = readCached(dir, now);
  if (cached) {
    log(`[certs] Using the NAP Monitor development certificate in ${dir}.`);
    return cached;
  }
  log(`[certs] Generating a development CA and localhost certificate in ${dir} (valid ${VALID_DAYS} days)...`);
  const generated = await generate(dir, now);
  log(
    `[certs] Browsers will warn about it until you trust ${path.join(dir, FILES.ca)} ` +
      '(or accept the warning once per browser profile).',
  );
  return generated;
}

async function officeDevCertsHttpsOptions(log) {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  log('[certs] Using office-addin-dev-certs (trusted "Developer CA for Microsoft Office Add-ins").');
  return { ca: options.ca, cert: options.cert, key: options.key };
}

/** HTTPS options {key, cert, ca} for webpack-dev-server; only `webpack serve` calls this. */
async function getHttpsOptions({ platform = process.platform, dir = DEFAULT_CERT_DIR, log = console.log } = {}) {
  if (platform === 'win32' || platform === 'darwin') {
    try {
      return await officeDevCertsHttpsOptions(log);
    } catch (error) {
      log(
        `[certs] office-addin-dev-certs failed (${error instanceof Error ? error.message : String(error)}); falling back.`,
      );
    }
  } else {
    log('[certs] Linux: skipping office-addin-dev-certs (it needs sudo to trust its CA).');
  }
  return selfSignedHttpsOptions({ dir, log });
}

module.exports = { DEFAULT_CERT_DIR, getHttpsOptions, selfSignedHttpsOptions };
