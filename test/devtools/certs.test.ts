import { X509Certificate, createPrivateKey } from 'node:crypto';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

interface HttpsOptions {
  ca: string;
  cert: string;
  key: string;
}
interface CertsModule {
  selfSignedHttpsOptions(options: { dir: string; now?: Date; log?: (line: string) => void }): Promise<HttpsOptions>;
  getHttpsOptions(options: { platform: string; dir: string; log?: (line: string) => void }): Promise<HttpsOptions>;
}

const certs = jest.requireActual<CertsModule>('../../src/devtools/certs.js');

let dir: string;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nap-certs-'));
  lines.length = 0;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function fetchOverTls(options: HttpsOptions, host: string): Promise<string> {
  const server = https.createServer({ key: options.key, cert: options.cert }, (_req, res) => res.end('served'));
  return new Promise<string>((resolve, reject) => {
    server.listen(0, () => {
      const { port } = server.address() as AddressInfo;
      https
        .get({ host, port, path: '/', ca: options.ca, servername: host === '127.0.0.1' ? undefined : host }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve(body));
        })
        .on('error', reject);
    });
  }).finally(() => server.close());
}

describe('selfSignedHttpsOptions', () => {
  it('makes a CA-signed certificate for localhost and 127.0.0.1 whose key matches', async () => {
    const options = await certs.selfSignedHttpsOptions({ dir, log });
    const ca = new X509Certificate(options.ca);
    const leaf = new X509Certificate(options.cert);
    expect(ca.ca).toBe(true);
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.checkPrivateKey(createPrivateKey(options.key))).toBe(true);
    expect(leaf.checkHost('localhost')).toBe('localhost');
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(fs.readdirSync(dir).sort()).toEqual(['ca.crt', 'localhost.crt', 'localhost.key']);
    expect(fs.statSync(path.join(dir, 'localhost.key')).mode & 0o077).toBe(0);
  });

  it('serves TLS that a client trusting only the CA accepts, by name and by IP', async () => {
    const options = await certs.selfSignedHttpsOptions({ dir, log });
    await expect(fetchOverTls(options, 'localhost')).resolves.toBe('served');
    await expect(fetchOverTls(options, '127.0.0.1')).resolves.toBe('served');
  });

  it('reuses the cached certificate, and renews it when it is about to expire', async () => {
    const first = await certs.selfSignedHttpsOptions({ dir, log });
    const again = await certs.selfSignedHttpsOptions({ dir, log });
    expect(again).toEqual(first);
    expect(lines.some((line) => line.includes('Using the NAP Monitor development certificate'))).toBe(true);

    const validTo = new Date(new X509Certificate(first.cert).validTo);
    const nearExpiry = new Date(validTo.getTime() - 24 * 60 * 60 * 1000);
    const renewed = await certs.selfSignedHttpsOptions({ dir, log, now: nearExpiry });
    expect(renewed.cert).not.toBe(first.cert);
    expect(new Date(new X509Certificate(renewed.cert).validTo).getTime()).toBeGreaterThan(validTo.getTime());
  });
});

describe('getHttpsOptions', () => {
  it('on Linux skips office-addin-dev-certs (it needs sudo) and says which path it took', async () => {
    const options = await certs.getHttpsOptions({ platform: 'linux', dir, log });
    expect(new X509Certificate(options.cert).checkHost('localhost')).toBe('localhost');
    expect(lines[0]).toMatch(/Linux: skipping office-addin-dev-certs/);
    expect(lines.join('\n')).toContain(dir);
  });
});
