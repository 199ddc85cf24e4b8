'use strict';
// `npm stop`: on Windows/macOS unregister the sideloaded add-in; everywhere stop the dev server `npm start` began.
const { spawnSync } = require('node:child_process');
const {
  MANIFEST,
  PID_FILE,
  REPO_ROOT,
  clearPid,
  isAlive,
  officeDebuggingCli,
  runningDevServerPid,
} = require('./dev-server.js');

const STOP_TIMEOUT_MS = 10000;

async function stopDevServer() {
  const pid = runningDevServerPid();
  if (!pid) {
    console.log(`No NAP Monitor dev server is running (no live pid in ${PID_FILE}).`);
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  clearPid(pid);
  console.log(`Stopped the NAP Monitor dev server (pid ${pid}).`);
}

async function main() {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    spawnSync(process.execPath, [officeDebuggingCli(), 'stop', MANIFEST], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  await stopDevServer();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
