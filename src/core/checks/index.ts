export { Finding, FindingParam, FindingPlace, Entity, Severity } from './finding';
export { findingMessage } from './findingMessage';
export { guideSection } from './guideSection';
export { RULES, type RuleInfo, type RuleId } from './rules';
export { checkPlan, type CheckContext } from './checkPlan';
export { completeness, Completeness, CompletenessPart, AreaCompleteness } from './completeness';
export { CHECKLIST, ChecklistAnswer, evaluateChecklist, ChecklistResult, type ChecklistItem } from './checklist';
