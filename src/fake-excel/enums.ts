/**
 * The Excel enums the gateway may use, with the values of @types/office-js (copied, so the fake
 * also runs in a browser without Office.js).
 */

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  dirtySupportingFormula: 'DirtySupportingFormula',
  emptyChartSeries: 'EmptyChartSeries',
  filteredRangeConflict: 'FilteredRangeConflict',
  formulaLengthExceedsLimit: 'FormulaLengthExceedsLimit',
  generalException: 'GeneralException',
  inactiveWorkbook: 'InactiveWorkbook',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidBinding: 'InvalidBinding',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  mergedRangeConflict: 'MergedRangeConflict',
  nonBlankCellOffSheet: 'NonBlankCellOffSheet',
  notImplemented: 'NotImplemented',
  openWorkbookLinksBlocked: 'OpenWorkbookLinksBlocked',
  operationCellsExceedLimit: 'OperationCellsExceedLimit',
  pivotTableRangeConflict: 'PivotTableRangeConflict',
  powerQueryRefreshResourceChallenge: 'PowerQueryRefreshResourceChallenge',
  rangeExceedsLimit: 'RangeExceedsLimit',
  rangeImageExceedsLimit: 'RangeImageExceedsLimit',
  refreshWorkbookLinksBlocked: 'RefreshWorkbookLinksBlocked',
  requestAborted: 'RequestAborted',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedFeature: 'UnsupportedFeature',
  unsupportedFillType: 'UnsupportedFillType',
  unsupportedOperation: 'UnsupportedOperation',
  unsupportedSheet: 'UnsupportedSheet',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
} as const;

export const SheetVisibility = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
} as const;

export const ConditionalFormatType = {
  custom: 'Custom',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria',
  containsText: 'ContainsText',
  cellValue: 'CellValue',
} as const;

export const ConditionalCellValueOperator = {
  invalid: 'Invalid',
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThanOrEqual: 'LessThanOrEqual',
} as const;

export const ConditionalTextOperator = {
  invalid: 'Invalid',
  contains: 'Contains',
  notContains: 'NotContains',
  beginsWith: 'BeginsWith',
  endsWith: 'EndsWith',
} as const;

export const DataValidationType = {
  none: 'None',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
  inconsistent: 'Inconsistent',
  mixedCriteria: 'MixedCriteria',
} as const;

export const DataValidationOperator = {
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
  lessThanOrEqualTo: 'LessThanOrEqualTo',
} as const;

export const DataValidationAlertStyle = {
  stop: 'Stop',
  warning: 'Warning',
  information: 'Information',
} as const;

export const ChartType = {
  invalid: 'Invalid',
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  columnStacked100: 'ColumnStacked100',
  _3DColumnClustered: '3DColumnClustered',
  _3DColumnStacked: '3DColumnStacked',
  _3DColumnStacked100: '3DColumnStacked100',
  barClustered: 'BarClustered',
  barStacked: 'BarStacked',
  barStacked100: 'BarStacked100',
  _3DBarClustered: '3DBarClustered',
  _3DBarStacked: '3DBarStacked',
  _3DBarStacked100: '3DBarStacked100',
  lineStacked: 'LineStacked',
  lineStacked100: 'LineStacked100',
  lineMarkers: 'LineMarkers',
  lineMarkersStacked: 'LineMarkersStacked',
  lineMarkersStacked100: 'LineMarkersStacked100',
  pieOfPie: 'PieOfPie',
  pieExploded: 'PieExploded',
  _3DPieExploded: '3DPieExploded',
  barOfPie: 'BarOfPie',
  xyscatterSmooth: 'XYScatterSmooth',
  xyscatterSmoothNoMarkers: 'XYScatterSmoothNoMarkers',
  xyscatterLines: 'XYScatterLines',
  xyscatterLinesNoMarkers: 'XYScatterLinesNoMarkers',
  areaStacked: 'AreaStacked',
  areaStacked100: 'AreaStacked100',
  _3DAreaStacked: '3DAreaStacked',
  _3DAreaStacked100: '3DAreaStacked100',
  doughnutExploded: 'DoughnutExploded',
  radarMarkers: 'RadarMarkers',
  radarFilled: 'RadarFilled',
  surface: 'Surface',
  surfaceWireframe: 'SurfaceWireframe',
  surfaceTopView: 'SurfaceTopView',
  surfaceTopViewWireframe: 'SurfaceTopViewWireframe',
  bubble: 'Bubble',
  bubble3DEffect: 'Bubble3DEffect',
  stockHLC: 'StockHLC',
  stockOHLC: 'StockOHLC',
  stockVHLC: 'StockVHLC',
  stockVOHLC: 'StockVOHLC',
  cylinderColClustered: 'CylinderColClustered',
  cylinderColStacked: 'CylinderColStacked',
  cylinderColStacked100: 'CylinderColStacked100',
  cylinderBarClustered: 'CylinderBarClustered',
  cylinderBarStacked: 'CylinderBarStacked',
  cylinderBarStacked100: 'CylinderBarStacked100',
  cylinderCol: 'CylinderCol',
  coneColClustered: 'ConeColClustered',
  coneColStacked: 'ConeColStacked',
  coneColStacked100: 'ConeColStacked100',
  coneBarClustered: 'ConeBarClustered',
  coneBarStacked: 'ConeBarStacked',
  coneBarStacked100: 'ConeBarStacked100',
  coneCol: 'ConeCol',
  pyramidColClustered: 'PyramidColClustered',
  pyramidColStacked: 'PyramidColStacked',
  pyramidColStacked100: 'PyramidColStacked100',
  pyramidBarClustered: 'PyramidBarClustered',
  pyramidBarStacked: 'PyramidBarStacked',
  pyramidBarStacked100: 'PyramidBarStacked100',
  pyramidCol: 'PyramidCol',
  _3DColumn: '3DColumn',
  line: 'Line',
  _3DLine: '3DLine',
  _3DPie: '3DPie',
  pie: 'Pie',
  xyscatter: 'XYScatter',
  _3DArea: '3DArea',
  area: 'Area',
  doughnut: 'Doughnut',
  radar: 'Radar',
  histogram: 'Histogram',
  boxwhisker: 'Boxwhisker',
  pareto: 'Pareto',
  regionMap: 'RegionMap',
  treemap: 'Treemap',
  waterfall: 'Waterfall',
  sunburst: 'Sunburst',
  funnel: 'Funnel',
} as const;

export const ChartSeriesBy = {
  auto: 'Auto',
  columns: 'Columns',
  rows: 'Rows',
} as const;

export const HorizontalAlignment = {
  general: 'General',
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerAcrossSelection: 'CenterAcrossSelection',
  distributed: 'Distributed',
} as const;

export const VerticalAlignment = {
  top: 'Top',
  center: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
} as const;

export const ClearApplyTo = {
  all: 'All',
  formats: 'Formats',
  contents: 'Contents',
  hyperlinks: 'Hyperlinks',
  removeHyperlinks: 'RemoveHyperlinks',
  resetContents: 'ResetContents',
} as const;

export const RangeValueType = {
  unknown: 'Unknown',
  empty: 'Empty',
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  error: 'Error',
  richValue: 'RichValue',
} as const;

export const ConditionalFormatRuleType = {
  invalid: 'Invalid',
  automatic: 'Automatic',
  lowestValue: 'LowestValue',
  highestValue: 'HighestValue',
  number: 'Number',
  percent: 'Percent',
  formula: 'Formula',
  percentile: 'Percentile',
} as const;

export const PageOrientation = {
  portrait: 'Portrait',
  landscape: 'Landscape',
} as const;

/** A sample of Excel.PaperType: the sizes plans print on. */
export const PaperType = {
  letter: 'Letter',
  legal: 'Legal',
  a3: 'A3',
  a4: 'A4',
  a5: 'A5',
} as const;
