import type { SourceRow } from '../model/cell';
import type { Language } from '../model/enums';
import { isMessageKey, translate, type MessageKey, type Params } from '../i18n/translate';
import type { Entity, Finding } from './finding';
import { RULE_BY_ID, RULE_INDEX, type RuleId } from './rules';

export type Emit = (rule: RuleId, field: string | null, params?: Params) => void;

const byRule = (a: Finding, b: Finding) => (RULE_INDEX.get(a.rule) ?? 0) - (RULE_INDEX.get(b.rule) ?? 0);

/**
 * Collects findings record by record: `begin` names the record, rules call `emit`, `end` puts that
 * record's findings in rule order whatever order the checks ran in. Built for 10,000 records a check, so
 * it keeps no per-record closures and fills each message template from a cache.
 */
export class Report {
  readonly findings: Finding[] = [];
  private entity: Entity = 'settings';
  private code = '';
  private at: SourceRow | null = null;
  private first = 0;
  private readonly templates = new Map<string, string[]>();
  private readonly fieldLabels = new Map<string, string>();

  constructor(private readonly language: Language) {}

  begin(entity: Entity, code: string, at: SourceRow | undefined | null): void {
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
    const all: Params = { code: this.code, ...params };
    if (field !== null && !('field' in params)) all.field = this.fieldLabel(field);
    this.findings.push({
      rule: rule.id,
      severity: rule.severity,
      entity: this.entity,
      code: this.code,
      field,
      at: this.at,
      message: this.message(rule.messageKey, all),
      messageKey: rule.messageKey,
      params: all,
      guide: rule.guide,
    });
  };

  /** A message template split once into literal text and placeholder names, alternating. */
  private template(key: MessageKey): string[] {
    let parts = this.templates.get(key);
    if (parts === undefined) {
      parts = translate(this.language, key).split(/\{(\w+)\}/u);
      this.templates.set(key, parts);
    }
    return parts;
  }

  /** Fills a template as translate() does: a placeholder without a param stays visible. */
  private message(key: MessageKey, params: Params): string {
    const parts = this.template(key);
    let text = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      text += (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1];
    }
    return text;
  }

  /** Field names read as words in messages ("the end target of indicator I1.1"). */
  private fieldLabel(field: string): string {
    let label = this.fieldLabels.get(field);
    if (label === undefined) {
      const key = `check.field.${field}`;
      label = isMessageKey(key) ? translate(this.language, key) : field;
      this.fieldLabels.set(field, label);
    }
    return label;
  }
}
