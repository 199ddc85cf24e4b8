import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

interface DevServerModule {
  devServerPort(env: Record<string, string | undefined>): number;
  readyMessage(port: number, platform: string): string;
  waitUntilServing(port: number, options: { page?: string; timeoutMs?: number; intervalMs?: number }): Promise<boolean>;
}
interface CertsModule {
  selfSignedHttpsOptions(options: {
    dir: string;
    log?: (line: string) => void;
  }): Promise<{ key: string; cert: string }>;
}

const devServer = jest.requireActual<DevServerModule>('../../src/devtools/dev-server.js');
const certs = jest.requireActual<CertsModule>('../../src/devtools/certs.js');

describe('devServerPort', () => {
  it('follows package.json config.dev_server_port and defaults to 3000', () => {
    expect(devServer.devServerPort({ npm_package_config_dev_server_port: '3443' })).toBe(3443);
    expect(devServer.devServerPort({})).toBe(3000);
  });
});

describe('readyMessage', () => {
  it('on Linux gives the preview URL and Excel on the web sideloading steps', () => {
    const text = devServer.readyMessage(3000, 'linux');
    expect(text).toContain('https://localhost:3000/taskpane.html');
    expect(text).toContain('https://localhost:3000/preview.html');
    expect(text).toMatch(/beside a simulated workbook.*without Excel/);
    expect(text).toContain('Excel desktop is not available on Linux');
    expect(text).toContain('Insert > Add-ins > Upload My Add-in');
    expect(text).toContain('manifest.xml');
  });

  it.each(['win32', 'darwin'])('on %s announces sideloading into Excel desktop', (platform) => {
    const text = devServer.readyMessage(3000, platform);
    expect(text).toContain('https://localhost:3000/preview.html');
    expect(text).toContain('Sideloading into Excel desktop');
    expect(text).not.toContain('not available on Linux');
  });
});

describe('waitUntilServing', () => {
  let dir: string;
  let server: https.Server;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nap-devserver-'));
    const options = await certs.selfSignedHttpsOptions({ dir, log: () => undefined });
    server = https.createServer(options, (req, res) => {
      res.statusCode = req.url === '/taskpane.html' ? 200 : 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('resolves true once the page answers 200 over https', async () => {
    const { port } = server.address() as AddressInfo;
    await expect(devServer.waitUntilServing(port, { timeoutMs: 5000 })).resolves.toBe(true);
  });

  it('resolves false when the page never answers 200', async () => {
    const { port } = server.address() as AddressInfo;
    await expect(
      devServer.waitUntilServing(port, { page: 'missing.html', timeoutMs: 600, intervalMs: 100 }),
    ).resolves.toBe(false);
  });
});
