/**
 * Faults a test injects to prove that a use case survives an interrupted write: the Nth sync from now is
 * lost before Excel receives it (the connection dropped), or the Nth command Excel executes from now fails
 * (an internal error mid-request: the commands before it stay applied, as Excel does not roll back). Each
 * fault fires once; the counters also tell a test how many syncs and commands a clean run takes.
 */
export class FaultPlan {
  syncs = 0;
  commands = 0;
  private failSync: number | null = null;
  private failCommand: number | null = null;

  /** Arms the faults and restarts the counts; `{}` disarms. */
  arm(plan: { sync?: number; command?: number }): void {
    this.syncs = 0;
    this.commands = 0;
    this.failSync = plan.sync ?? null;
    this.failCommand = plan.command ?? null;
  }

  /** Counts a sync; true when it is the one to lose. */
  syncFails(): boolean {
    this.syncs += 1;
    if (this.syncs !== this.failSync) return false;
    this.failSync = null;
    return true;
  }

  /** Counts a command about to run; true when it is the one to fail. */
  commandFails(): boolean {
    this.commands += 1;
    if (this.commands !== this.failCommand) return false;
    this.failCommand = null;
    return true;
  }
}
