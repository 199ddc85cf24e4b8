import { makeStyles, Switch, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { SheetInfo } from '@fake-excel';
import { useI18n } from '../../taskpane/i18nContext';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    paddingInline: tokens.spacingHorizontalS,
    flex: 'none',
  },
  tabs: { flex: 1, minWidth: 0, overflowX: 'auto' },
  hidden: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  lock: { marginInlineStart: tokens.spacingHorizontalXXS, verticalAlign: 'middle' },
});

function Lock({ className }: { className: string }) {
  return (
    <svg className={className} width="10" height="12" viewBox="0 0 10 12" aria-hidden="true">
      <rect x="1" y="5" width="8" height="6" rx="1" fill="currentColor" />
      <path d="M3 5V3.5a2 2 0 0 1 4 0V5" stroke="currentColor" strokeWidth="1.3" fill="none" />
    </svg>
  );
}

export interface SheetTabsProps {
  sheets: SheetInfo[];
  shown: string;
  showHidden: boolean;
  onShowHidden: (show: boolean) => void;
  onSelect: (sheet: string) => void;
}

/** Sheet tabs along the bottom, as in Excel; hidden sheets appear only when asked for. */
export function SheetTabs({ sheets, shown, showHidden, onShowHidden, onSelect }: SheetTabsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const listed = sheets.filter((s) => showHidden || s.visibility === 'Visible');
  const list = useRef<HTMLDivElement>(null);
  // A plan workbook has more sheets than the bar shows: the sheet on view keeps its tab in view, as in Excel.
  useEffect(() => {
    const tab = [...(list.current?.querySelectorAll<HTMLElement>('[data-sheet-tab]') ?? [])].find(
      (element) => element.dataset.sheetTab === shown,
    );
    tab?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [shown]);
  return (
    <div className={styles.bar}>
      <TabList
        ref={list}
        className={styles.tabs}
        size="small"
        selectedValue={shown}
        aria-label={t('preview.sheetTabs')}
        onTabSelect={(_, data) => onSelect(String(data.value))}
      >
        {listed.map((sheet) => {
          const hidden = sheet.visibility !== 'Visible';
          const label = hidden
            ? t('preview.hiddenSheet', { sheet: sheet.name })
            : sheet.protection.protected
              ? t('preview.protectedSheet', { sheet: sheet.name })
              : sheet.name;
          return (
            <Tab
              key={sheet.name}
              value={sheet.name}
              aria-label={label}
              data-sheet-tab={sheet.name}
              className={hidden ? styles.hidden : undefined}
              style={sheet.tabColor ? { boxShadow: `inset 0 -3px 0 ${sheet.tabColor}` } : undefined}
            >
              {sheet.name}
              {sheet.protection.protected && <Lock className={styles.lock} />}
            </Tab>
          );
        })}
      </TabList>
      <Switch
        checked={showHidden}
        label={t('preview.showHiddenSheets')}
        onChange={(_, data) => onShowHidden(data.checked)}
      />
    </div>
  );
}
