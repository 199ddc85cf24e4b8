import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MessageKey } from '../../core/i18n/translate';
import type { CellTarget } from '../../sheets/gateway';
import type { StatusFamily } from '../../core/status/palette';
import { StatusBadge } from '../components/StatusBadge';
import { useI18n } from '../i18nContext';
import type { StatusEntry, StatusItem } from './statusEntries';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    textAlign: 'left',
    height: 'auto',
    width: '100%',
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    gap: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightRegular,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  heading: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', minWidth: 0 },
  code: { fontWeight: tokens.fontWeightSemibold, flex: 'none' },
  // Long indicator texts take two lines at most; the full text is in the tooltip and the sheet.
  name: {
    minWidth: 0,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
  },
  facts: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // An agency's own view against the computed one: text that wraps in a narrow pane, unlike a badge.
  disagrees: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorStatusWarningForeground3,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `1px solid ${tokens.colorStatusWarningBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalXS,
  },
  member: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    minWidth: 0,
    width: '100%',
    fontWeight: tokens.fontWeightRegular,
    paddingInline: tokens.spacingHorizontalXS,
  },
});

function CodeAndName({ item }: { item: StatusItem }) {
  const styles = useStyles();
  return (
    <span className={styles.heading}>
      <span className={styles.code}>{item.code}</span>
      <span className={styles.name} title={item.place.name}>
        {item.place.name}
      </span>
    </span>
  );
}

/**
 * Indicators or activities with their status in words and colour, progress, who disagrees and why; each a click
 * away from its row. Items that share an unjudged status and reason are listed once, under that reason.
 */
export function StatusEntryList({
  family,
  entries,
  onGoTo,
}: {
  family: StatusFamily;
  entries: StatusEntry[];
  onGoTo: (cell: CellTarget) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const label = (status: string) => t(`status.${family}.${status}` as MessageKey);
  const goTo = (item: StatusItem) => item.place.cell && onGoTo(item.place.cell);
  const ariaLabel = (item: StatusItem) => t('ui.status.goTo', { code: item.code, name: item.place.name });

  return (
    <ul className={styles.list}>
      {entries.map((entry) =>
        entry.kind === 'item' ? (
          <li
            key={`${entry.code}-${entry.place.cell?.address ?? ''}`}
            data-code={entry.code}
            data-status={entry.status}
          >
            <Button
              appearance="subtle"
              className={styles.entry}
              disabledFocusable={!entry.place.cell}
              onClick={() => goTo(entry)}
              aria-label={`${ariaLabel(entry)}. ${label(entry.status)}. ${entry.progress ?? ''}`}
            >
              <CodeAndName item={entry} />
              <span className={styles.facts}>
                <StatusBadge family={family} status={entry.status} label={label(entry.status)} />
                {entry.progress && <Text size={200}>{entry.progress}</Text>}
                {entry.disagreements.map((line) => (
                  <span key={line} className={styles.disagrees} data-disagrees="">
                    {line}
                  </span>
                ))}
              </span>
              <span className={styles.reason}>{entry.reason}</span>
            </Button>
          </li>
        ) : (
          <li
            key={`${entry.status}-${entry.items[0].code}`}
            className={styles.group}
            data-group={entry.status}
            data-codes={entry.items.map((item) => item.code).join(' ')}
          >
            <span className={styles.facts}>
              <StatusBadge family={family} status={entry.status} label={label(entry.status)} />
              <Text size={200}>{t('ui.status.sameReason', { count: entry.items.length })}</Text>
            </span>
            <span className={styles.reason}>{entry.reason}</span>
            <ul className={styles.list}>
              {entry.items.map((item) => (
                <li
                  key={`${item.code}-${item.place.cell?.address ?? ''}`}
                  data-code={item.code}
                  data-status={item.status}
                >
                  <Button
                    appearance="subtle"
                    size="small"
                    className={styles.member}
                    disabledFocusable={!item.place.cell}
                    onClick={() => goTo(item)}
                    aria-label={ariaLabel(item)}
                  >
                    <CodeAndName item={item} />
                  </Button>
                </li>
              ))}
            </ul>
          </li>
        ),
      )}
    </ul>
  );
}
