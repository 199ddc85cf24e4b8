import { isMessageKey } from '../i18n/translate';
import type { Entity, Finding, FindingParam, FindingPlace } from './finding';
import { RULE_BY_ID, RULE_INDEX, type RuleId } from './rules';

export type Emit = (rule: RuleId, field: string | null, params?: Record<string, FindingParam>) => void;

const byRule = (a: Finding, b: Finding) => (RULE_INDEX.get(a.rule) ?? 0) - (RULE_INDEX.get(b.rule) ?? 0);

/**
 * Collects findings record by record: `begin` names the record, rules call `emit`, `end` puts that
 * record's findings in rule order whatever order the checks ran in. Built for 10,000 records a check, so
 * it keeps no per-record closures. Findings carry message keys; the words are chosen at the edge.
 */
export class Report {
  readonly findings: Finding[] = [];
  private entity: Entity = 'settings';
  private code = '';
  private at: FindingPlace | null = null;
  private first = 0;
  /**
   * Fields the reader could not read, as "table#field" (a missing column) or "table#row#field" (a cell Excel
   * made a date of): a rule about them would only repeat, as a false "missing", what the reader's finding says.
   */
  private readonly unread: ReadonlySet<string>;

  constructor(unread: Iterable<string> = []) {
    this.unread = new Set(unread);
  }

  begin(entity: Entity, code: string, at: FindingPlace | undefined | null): void {
    this.entity = entity;
    this.code = code;
    this.at = at ?? null;
    this.first = this.findings.length;
  }

  end(): void {
    if (this.findings.length - this.first < 2) return;
    const own = this.findings.splice(this.first).sort(byRule);
    for (const finding of own) this.findings.push(finding);
  }

  readonly emit: Emit = (ruleId, field, params = {}) => {
    const rule = RULE_BY_ID.get(ruleId);
    if (!rule) throw new Error(`unknown rule ${ruleId}`);
    const at = this.at;
    if (field !== null && at !== null && at.row !== null && !rule.id.startsWith('sheet.')) {
      if (this.unread.has(`${at.table}#${field}`) || this.unread.has(`${at.table}#${at.row}#${field}`)) return;
    }
    const all: Record<string, FindingParam> = { code: this.code, ...params };
    const label = `check.field.${field}`;
    if (field !== null && !('field' in params) && isMessageKey(label)) all.field = { key: label };
    this.findings.push({
      rule: rule.id,
      severity: rule.severity,
      entity: this.entity,
      code: this.code,
      field,
      at,
      messageKey: rule.messageKey,
      params: all,
      guide: rule.guide,
    });
  };
}
