import { useMemo } from 'react';
import { useTranslation, type UseTranslationResponse } from 'react-i18next';

type TypedT = UseTranslationResponse<'translation', undefined>['t'];

/**
 * Translations in the survey's language, whatever language the app is set to (a customer's link
 * says which), without changing the app's own choice. All languages are bundled, so nothing loads.
 */
export function useSurveyT(language: string): TypedT {
  const { i18n } = useTranslation();
  return useMemo(() => i18n.getFixedT(language) as unknown as TypedT, [i18n, language]);
}
