import { Badge } from '@fluentui/react-components';
import { statusColour, type StatusFamily } from '../../core/status/palette';

/** A status in the workbook's colours, always with its word: colour alone says nothing to many readers. */
export function StatusBadge({ family, status, label }: { family: StatusFamily; status: string; label: string }) {
  const { fill, ink } = statusColour(family, status);
  return (
    <Badge appearance="filled" shape="rounded" style={{ backgroundColor: fill, color: ink }} data-badge-status={status}>
      {label}
    </Badge>
  );
}
