'use strict';
// `npm start`: serve the add-in over https (webpack serve, development build) in the foreground, then tell the
// developer how to open it. On Windows/macOS also sideload into Excel desktop; works as root without sudo on Linux.
const { spawn, spawnSync } = require('node:child_process');
const {
  MANIFEST,
  REPO_ROOT,
  clearPid,
  devServerPort,
  officeDebuggingCli,
  readyMessage,
  runningDevServerPid,
  waitUntilServing,
  writePid,
} = require('./dev-server.js');

function sideloadIntoExcelDesktop(port) {
  const result = spawnSync(
    process.execPath,
    [officeDebuggingCli(), 'start', MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', String(port)],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  // office-addin-debugging reports failures on the console but exits 0, so there is nothing more to check here.
  if (result.error) console.error(`Could not run office-addin-debugging: ${result.error.message}`);
}

async function main() {
  const running = runningDevServerPid();
  if (running) {
    console.error(`A NAP Monitor dev server is already running (pid ${running}). Run \`npm stop\` first.`);
    process.exit(1);
  }
  const port = devServerPort();
  const server = spawn(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'],
    { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, npm_package_config_dev_server_port: String(port) } },
  );
  writePid(server.pid);
  const forward = (signal) => () => server.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  server.on('exit', (code, signal) => {
    clearPid(server.pid);
    process.exit(code ?? (signal ? 0 : 1));
  });

  if (!(await waitUntilServing(port))) {
    console.error(`The dev server did not answer on https://localhost:${port} in time.`);
    server.kill('SIGTERM');
    return;
  }
  console.log(readyMessage(port, process.platform));
  if (process.platform === 'win32' || process.platform === 'darwin') sideloadIntoExcelDesktop(port);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
