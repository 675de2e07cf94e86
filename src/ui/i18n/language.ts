// What every dictionary lookup shares, re-exported for the views: the supported languages and placeholder filling
// (src/i18n holds them, for every context). No dictionary here, so the guide's content script imports it freely.
export { isLanguage, LANGUAGES, type Language, languageOf } from '../../i18n/languages';
export { fillPlaceholders, isSingular } from '../../i18n/translate';
