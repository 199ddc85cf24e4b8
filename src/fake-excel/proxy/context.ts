import { fail, FakeExcelError, OfficeExtensionError } from '../errors';
import type { WorkbookState } from '../state/workbook';
import type { ClientObject } from './base';
import { WorkbookProxy } from './workbook';

interface Command {
  statement: string;
  location: string;
  run: (staged: (() => void)[]) => void;
  /** Bytes this command adds to the request sent at sync. */
  bytes: number;
}

/**
 * Excel.RequestContext: collects commands until sync(), then runs them in order against the model.
 * A failing command rejects the sync with an OfficeExtension.Error; the commands before it stay applied
 * (Excel does not roll back), the rest of the batch is dropped, and nothing loaded in the batch arrives.
 */
function payloadBytes(args: unknown[]): number {
  if (args.length === 0) return 0;
  try {
    return JSON.stringify(args)?.length ?? 0;
  } catch {
    return 0;
  }
}

export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly requestHeaders: Record<string, string> = {};
  private pending: Command[] = [];
  private touched: Set<ClientObject> | null = null;

  constructor(readonly state: WorkbookState) {
    this.workbook = new WorkbookProxy(this);
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.pending.map((c) => c.statement) };
  }

  _enqueue(statement: string, location: string, run: (staged: (() => void)[]) => void, args: unknown[] = []): void {
    const started = performance.now();
    const bytes = statement.length + payloadBytes(args);
    this.state.executeMs += performance.now() - started;
    this.pending.push({ statement, location, run, bytes });
  }

  _touch(proxy: ClientObject): void {
    this.touched?.add(proxy);
  }

  load(object: ClientObject, option?: unknown): void {
    object.load(option);
  }

  trace(message: string): void {
    this._enqueue(`trace(${JSON.stringify(message)});`, 'RequestContext.trace', () => undefined);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    this.state.syncCount += 1;
    const commands = this.pending;
    this.pending = [];
    return Promise.resolve().then(() => {
      if (this.state.faults.syncFails()) {
        throw new OfficeExtensionError({
          code: 'ConnectionFailure',
          message: 'There was a connection failure while processing the request.',
          debugInfo: { errorLocation: 'RequestContext.sync' },
        });
      }
      const bytes = commands.reduce((sum, command) => sum + command.bytes, 0);
      if (bytes > this.state.requestPayloadLimit) {
        throw new OfficeExtensionError({
          code: 'RequestPayloadSizeLimitExceeded',
          message:
            'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
          debugInfo: { errorLocation: 'RequestContext.sync', fullStatements: commands.map((c) => c.statement) },
        });
      }
      const started = performance.now();
      try {
        this.execute(commands);
      } finally {
        this.state.executeMs += performance.now() - started;
      }
      return passThroughValue as T;
    });
  }

  private execute(commands: Command[]): void {
    const staged: (() => void)[] = [];
    this.touched = new Set();
    try {
      commands.forEach((command, index) => {
        try {
          if (this.state.faults.commandFails()) fail('GeneralException', command.location);
          command.run(staged);
        } catch (error) {
          throw this.officeError(error, commands, index);
        }
      });
      for (const proxy of this.touched) proxy._markResolved();
      for (const apply of staged) apply();
    } finally {
      this.touched = null;
      this.state.notifyIfChanged();
    }
  }

  private officeError(error: unknown, commands: Command[], index: number): unknown {
    if (!(error instanceof FakeExcelError)) return error;
    const around = (i: number) => commands[i]?.statement;
    return new OfficeExtensionError({
      code: error.code,
      message: error.message,
      debugInfo: {
        errorLocation: error.location ?? commands[index].location,
        statement: commands[index].statement,
        surroundingStatements: [around(index - 1), commands[index].statement, around(index + 1)].filter(
          (s): s is string => s !== undefined,
        ),
        fullStatements: commands.map((c) => c.statement),
      },
    });
  }
}
