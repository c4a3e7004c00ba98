import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/apiClient';
import { wordText, type Language, type TextParams } from '../../domain/text/texts';
import { MESSAGES, type MessageKey } from './messages';

interface LanguageContextValue {
  language: Language;
  toggleLanguage(): void;
  /** The UI text of the key in the chosen language, its `{name}` places filled from params. */
  t(key: MessageKey, params?: TextParams): string;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);
const STORAGE_KEY = 'cau-noi.language';

function applyLanguage(language: Language): void {
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  setApiLanguage(language);
  document.documentElement.lang = language;
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => {
    const initial = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
    applyLanguage(initial);
    return initial;
  });
  const toggleLanguage = useCallback(() => {
    setLanguage((current) => {
      const next = current === 'vi' ? 'en' : 'vi';
      localStorage.setItem(STORAGE_KEY, next);
      applyLanguage(next);
      return next;
    });
  }, []);
  const value = useMemo(
    () => ({
      language,
      toggleLanguage,
      t: (key: MessageKey, params?: TextParams) => wordText(MESSAGES[key], language, params),
    }),
    [language, toggleLanguage],
  );
  return (
    <LanguageContext.Provider value={value}>
      <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={{ token: { colorPrimary: '#b71c1c' } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}
