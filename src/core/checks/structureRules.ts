import { parentCodeKey } from '../model/code';
import type { Emit } from './report';
import type { RuleId } from './rules';

/** Reports the second and later records with a code already seen; `seen` belongs to one kind of record. */
export function checkDuplicate(seen: Set<string>, key: string, emit: Emit): void {
  if (seen.has(key)) emit('structure.duplicate-code', null);
  else seen.add(key);
}

/**
 * A record names its parent (an indicator its objective, an activity its key measure). The parent must
 * exist and, where the guide numbers hierarchically, the code must continue the parent's: 1.2.3 under 1.2.
 */
export function checkParent(
  parent: { field: string; text: string; key: string; exists: boolean },
  ownKey: string | null,
  emit: Emit,
): void {
  if (!parent.exists) emit('structure.parent-missing', parent.field, { parent: parent.text.trim() });
  else if (ownKey !== null && parentCodeKey(ownKey) !== parent.key) {
    emit('structure.code-not-under-parent', null, { parent: parent.text.trim() });
  }
}

/** A parent with no children: an area without objectives, an objective without indicators ... */
export function checkHasChildren(count: number | undefined, rule: RuleId, emit: Emit): void {
  if (!count) emit(rule, null);
}
