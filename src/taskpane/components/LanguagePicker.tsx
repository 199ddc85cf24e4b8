import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Language } from '../../core/model/enums';
import { useI18n } from '../i18nContext';
import { translate } from '../../core/i18n/translate';

const useStyles = makeStyles({ field: { marginTop: tokens.spacingVerticalS, maxWidth: '260px' } });

/**
 * Switches the interface language and keeps the choice for the next time the pane opens. Each language
 * is named in itself (the English catalogue holds the autonyms), so whoever reads it finds their own.
 */
export function LanguagePicker() {
  const { t, language, setLanguage } = useI18n();
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={t('interfaceLanguage.label')}
      hint={t('interfaceLanguage.hint')}
      size="small"
    >
      <Select
        size="small"
        value={language}
        onChange={(_, data) => {
          setLanguage(Language.parse(data.value));
        }}
      >
        {Language.options.map((option) => (
          <option key={option} value={option} lang={option}>
            {translate('en', `enum.language.${option}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
