/**
 * Errors shaped like Office.js raises them. Inside the fake's model an operation throws a FakeExcelError
 * (code + location); the request context turns it into an OfficeExtensionError when a sync rejects.
 * Messages follow Office.js' own resource strings where the library has them (PropertyNotLoaded,
 * ValueNotLoaded, ApiNotFound, RunMustReturnPromise, InvalidObjectPath) and Excel's usual server texts otherwise.
 */

/** OfficeExtension.ErrorCodes (Excel.ErrorCodes live in enums.ts). */
export const ExtensionErrorCodes = {
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  activityLimitReached: 'ActivityLimitReached',
  invalidObjectPath: 'InvalidObjectPath',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidRequestContext: 'InvalidRequestContext',
  invalidArgument: 'InvalidArgument',
  runMustReturnPromise: 'RunMustReturnPromise',
  cannotRegisterEvent: 'CannotRegisterEvent',
  apiNotFound: 'ApiNotFound',
  connectionFailure: 'ConnectionFailure',
} as const;

const MESSAGES: Record<string, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  UnsupportedOperation: 'The operation being attempted is not supported.',
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
};

export const SHAPE_MISMATCH_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Thrown by the model; `location` becomes debugInfo.errorLocation (e.g. "Range.values"). */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location?: string,
  ) {
    super(message);
    this.name = 'FakeExcelError';
  }
}

export function fail(code: string, location?: string, message?: string): never {
  throw new FakeExcelError(code, message ?? MESSAGES[code] ?? code, location);
}

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

interface ErrorInit {
  code: string;
  message: string;
  httpStatusCode?: number;
  debugInfo?: Partial<DebugInfo>;
}

const HTTP_STATUS: Record<string, number> = {
  AccessDenied: 401,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
};

/** The class installed as OfficeExtension.Error; every error the fake raises through the API is one. */
export class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: OfficeExtensionError | null = null;
  readonly httpStatusCode: number;

  constructor(init: ErrorInit) {
    super(init.message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'RichApi.Error';
    this.code = init.code;
    this.httpStatusCode = init.httpStatusCode ?? HTTP_STATUS[init.code] ?? 500;
    this.debugInfo = { ...init.debugInfo, code: init.code, message: init.message };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function propertyNotLoaded(typeName: string, property: string): OfficeExtensionError {
  return new OfficeExtensionError({
    code: ExtensionErrorCodes.propertyNotLoaded,
    message: `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    debugInfo: { errorLocation: `${typeName}.${property}` },
  });
}

export function valueNotLoaded(): OfficeExtensionError {
  return new OfficeExtensionError({
    code: ExtensionErrorCodes.valueNotLoaded,
    message:
      'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  });
}

export function apiNotFound(member: string, version: string): OfficeExtensionError {
  return new OfficeExtensionError({
    code: ExtensionErrorCodes.apiNotFound,
    message: `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    debugInfo: { errorLocation: member },
  });
}

export function runMustReturnPromise(): OfficeExtensionError {
  return new OfficeExtensionError({
    code: ExtensionErrorCodes.runMustReturnPromise,
    message:
      'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  });
}

export function invalidObjectPath(path: string): FakeExcelError {
  return new FakeExcelError(ExtensionErrorCodes.invalidObjectPath, MESSAGES.InvalidObjectPath.replace('{0}', path));
}
