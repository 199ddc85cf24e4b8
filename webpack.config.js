'use strict';
// Two builds into dist/: the web add-in (task pane, ribbon function file, preview) and the Node tools
// (CLI, bench). `webpack serve` builds only the web part and is the only path that touches certificates.
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { rewriteManifestUrls } = require('./src/devtools/deploy-url.js');

// NAP_DIST lets parallel builds (several developers' test runs on one machine) write to their own folder.
const DIST = path.resolve(__dirname, process.env.NAP_DIST || 'dist');
const FAKE_EXCEL = path.resolve(__dirname, 'src/fake-excel');
const NODE_OUTPUT_DIRS = ['cli/', 'devtools/'];
const CLI_OUTPUT = 'cli/nap-monitor.js';

function swcRule(target, development) {
  const options = (tsx) => ({
    jsc: {
      parser: { syntax: 'typescript', tsx },
      transform: { react: { runtime: 'automatic', development } },
      target,
    },
    sourceMaps: true,
  });
  return [
    { test: /\.tsx$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: options(true) } },
    // Plain .ts must not be parsed as TSX, or `<T>(x: T) => x` and `<T>value` casts fail to parse.
    { test: /\.(ts|js)$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: options(false) } },
  ];
}

const resolve = {
  extensions: ['.ts', '.tsx', '.js'],
  alias: { '@fake-excel': FAKE_EXCEL },
};

const minimizer = [
  new TerserPlugin({ minify: TerserPlugin.swcMinify, terserOptions: { compress: true, mangle: true } }),
];

function webConfig({ production, serving }) {
  const deployUrl = process.env.NAP_MONITOR_URL;
  return {
    name: 'web',
    target: 'web',
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: DIST,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // The web build owns dist/ except the Node build's folders.
      clean: { keep: (asset) => NODE_OUTPUT_DIRS.some((dir) => asset.startsWith(dir)) },
    },
    resolve,
    module: {
      rules: [
        ...swcRule('es2019', !production),
        {
          test: /\.(png|jpg|jpeg|gif|svg|woff2?)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name].[contenthash:8][ext]' },
        },
      ],
    },
    optimization: {
      minimize: production,
      minimizer,
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React and Fluent go to vendor chunks grouped by which pages use them: the task pane and the preview
          // share one, and UI code only the preview needs lands in a preview-only chunk the task pane never loads.
          vendor: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|@emotion|rtl-css-js|stylis|tabster|keyborg|@swc[\\/]helpers|use-sync-external-store)[\\/]/,
            name: (module, chunks) =>
              `vendor-${chunks
                .map((chunk) => chunk.name ?? 'lazy')
                .sort()
                .join('-')}`,
            priority: 20,
            reuseExistingChunk: true,
          },
        },
      },
    },
    // The bench checks the task pane's gzip budget; webpack's raw-size hints would only add noise.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production && deployUrl ? rewriteManifestUrls(content.toString(), deployUrl) : content,
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: { directory: DIST, watch: false },
          hot: true,
          client: { overlay: { warnings: false } },
          server: { type: 'https', options: undefined },
        }
      : undefined,
  };
}

// Bundle our own sources and the fake workbook; leave every package (and Node built-ins) to require().
function externalizePackages({ request }, callback) {
  const bundled = !request || /^[./]/.test(request) || request.startsWith('@fake-excel') || path.isAbsolute(request);
  return bundled ? callback() : callback(null, `commonjs ${request}`);
}

class MakeExecutablePlugin {
  constructor(file) {
    this.file = file;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('MakeExecutablePlugin', (compilation) => {
      const file = path.join(compilation.outputOptions.path, this.file);
      if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
    });
  }
}

function nodeConfig({ production }) {
  return {
    name: 'node',
    target: 'node20',
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    entry: {
      'cli/nap-monitor': './src/cli/nap-monitor.ts',
      'devtools/bench': './src/devtools/bench.ts',
      // The corpus of hostile workbooks (generated, never committed), for the reader's bench.
      'devtools/corpus': './test/corpus/writeCorpus.ts',
    },
    output: {
      path: DIST,
      filename: '[name].js',
      // Parts loaded on demand (the writers behind init, forms and report) stay in the Node build's folder.
      chunkFilename: 'cli/chunks/[name].js',
      library: { type: 'commonjs2' },
      clean: { keep: (asset) => !NODE_OUTPUT_DIRS.some((dir) => asset.startsWith(dir)) },
    },
    resolve,
    module: { rules: swcRule('es2022', false) },
    externalsPresets: { node: true },
    externals: [externalizePackages],
    node: { __dirname: false, __filename: false },
    // Readable stack traces matter more than size for command-line tools.
    optimization: { minimize: false },
    plugins: [
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true, test: /^cli[\\/]/ }),
      new MakeExecutablePlugin(CLI_OUTPUT),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  if (serving) {
    const { getHttpsOptions } = require('./src/devtools/certs.js');
    const web = webConfig({ production, serving });
    web.devServer.server.options = await getHttpsOptions();
    return web;
  }
  return [webConfig({ production, serving }), nodeConfig({ production })];
};

module.exports.externalizePackages = externalizePackages;
