import * as path from 'node:path';
import TerserPlugin from 'terser-webpack-plugin';
import type { Configuration as WebpackConfiguration } from 'webpack';

// webpack's own type leaves out the dev server section (webpack-dev-server adds it).
type Configuration = WebpackConfiguration & {
  devServer?: { port?: number; server?: unknown; headers?: Record<string, string> };
};

type ConfigFactory = ((
  env: Record<string, unknown>,
  argv: { mode?: string },
) => Promise<Configuration | Configuration[]>) & {
  externalizePackages: (data: { request?: string }, callback: (error?: Error | null, result?: string) => void) => void;
};

const root = path.resolve(__dirname, '..', '..');
const fakeHttps = { key: 'KEY', cert: 'CERT', ca: 'CA' };

jest.mock('../../src/devtools/certs.js', () => ({ getHttpsOptions: jest.fn(async () => fakeHttps) }));

const factory = jest.requireActual<ConfigFactory>('../../webpack.config.js');

async function buildConfigs(mode: string): Promise<Configuration[]> {
  const configs = await factory({ WEBPACK_BUILD: true }, { mode });
  expect(Array.isArray(configs)).toBe(true);
  return configs as Configuration[];
}

function externalOf(request: string): string | undefined {
  let result: string | undefined = 'not called';
  factory.externalizePackages({ request }, (_error, value) => (result = value));
  return result;
}

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => Buffer | string;
}

function pluginNamed<T>(config: Configuration, name: string): T[] {
  return (config.plugins ?? []).filter((plugin) => plugin?.constructor.name === name) as T[];
}

describe('webpack.config.js for builds', () => {
  it('exports a web and a node configuration', async () => {
    const [web, node] = await buildConfigs('production');
    expect(web.name).toBe('web');
    expect(web.entry).toEqual({
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    });
    expect(web.output?.path).toBe(path.resolve(root, process.env.NAP_DIST || 'dist'));
    expect(web.output?.filename).toMatch(/\[contenthash/);
    expect(web.resolve?.alias).toEqual({ '@fake-excel': path.join(root, 'src/fake-excel') });
    expect(web.devServer).toBeUndefined();

    expect(node.name).toBe('node');
    expect(node.target).toBe('node20');
    expect(node.entry).toEqual({
      'cli/nap-monitor': './src/cli/nap-monitor.ts',
      'devtools/bench': './src/devtools/bench.ts',
      'devtools/corpus': './test/corpus/writeCorpus.ts',
    });
    expect(node.output?.library).toEqual({ type: 'commonjs2' });
  });

  it('emits the three pages from their templates', async () => {
    const [web] = await buildConfigs('production');
    const pages = pluginNamed<{ userOptions: { filename: string; template: string; chunks: string[] } }>(
      web,
      'HtmlWebpackPlugin',
    ).map((plugin) => plugin.userOptions);
    expect(pages).toEqual([
      { filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] },
      { filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] },
      { filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] },
    ]);
  });

  it('minifies production web bundles with swc', async () => {
    const [web, node] = await buildConfigs('production');
    expect(web.optimization?.minimize).toBe(true);
    const minimizers = web.optimization?.minimizer ?? [];
    expect(minimizers.map((m) => (m as object).constructor.name)).toEqual(['TerserPlugin']);
    const terser = minimizers[0] as unknown as { options: { minimizer: { implementation: unknown } } };
    expect(terser.options.minimizer.implementation).toBe(TerserPlugin.swcMinify);
    expect(node.optimization?.minimize).toBe(false);
    const [dev] = await buildConfigs('development');
    expect(dev.optimization?.minimize).toBe(false);
  });

  it('rewrites the copied manifest to NAP_MONITOR_URL only in production', async () => {
    const manifest = Buffer.from('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    const transformOf = (config: Configuration) => {
      const [copy] = pluginNamed<{ patterns: CopyPattern[] }>(config, 'CopyPlugin');
      const pattern = copy.patterns.find((p) => p.from === 'manifest.xml');
      expect(pattern?.transform).toBeDefined();
      return (content: Buffer) => String(pattern?.transform?.(content));
    };
    const previous = process.env.NAP_MONITOR_URL;
    process.env.NAP_MONITOR_URL = 'https://nap.example.org/';
    try {
      const [production] = await buildConfigs('production');
      expect(transformOf(production)(manifest)).toBe(
        '<SourceLocation DefaultValue="https://nap.example.org/taskpane.html"/>',
      );
      const [development] = await buildConfigs('development');
      expect(transformOf(development)(manifest)).toBe(manifest.toString());
    } finally {
      if (previous === undefined) delete process.env.NAP_MONITOR_URL;
      else process.env.NAP_MONITOR_URL = previous;
    }
  });

  it('bundles our sources and the fake workbook into the node build, but leaves packages to require()', () => {
    expect(externalOf('zod')).toBe('commonjs zod');
    expect(externalOf('exceljs')).toBe('commonjs exceljs');
    expect(externalOf('@fluentui/react-components')).toBe('commonjs @fluentui/react-components');
    expect(externalOf('node:fs')).toBe('commonjs node:fs');
    expect(externalOf('./core/model')).toBeUndefined();
    expect(externalOf('../app/run')).toBeUndefined();
    expect(externalOf('@fake-excel')).toBeUndefined();
    expect(externalOf('@fake-excel/workbook')).toBeUndefined();
    expect(externalOf(path.join(root, 'src/cli/nap-monitor.ts'))).toBeUndefined();
  });
});

describe('webpack.config.js for `webpack serve`', () => {
  it('serves only the web build over https on the configured port', async () => {
    const previous = process.env.npm_package_config_dev_server_port;
    process.env.npm_package_config_dev_server_port = '3123';
    try {
      const web = (await factory({ WEBPACK_SERVE: true }, { mode: 'development' })) as Configuration;
      expect(Array.isArray(web)).toBe(false);
      expect(web.name).toBe('web');
      expect(web.devServer?.port).toBe(3123);
      expect(web.devServer?.server).toEqual({ type: 'https', options: fakeHttps });
      expect(web.devServer?.headers).toEqual({ 'Access-Control-Allow-Origin': '*' });
    } finally {
      if (previous === undefined) delete process.env.npm_package_config_dev_server_port;
      else process.env.npm_package_config_dev_server_port = previous;
    }
  });
});
