/** The languages of the product: Vietnamese first, English second. */
export type Language = 'vi' | 'en';

/** One text in both languages; `{name}` marks a place a parameter fills. */
export type Text = Readonly<Record<Language, string>>;

export type TextParams = Readonly<Record<string, string | number | Text>>;

/**
 * A feature's texts, keyed: each key in both languages (the type checks it). Every text of the
 * product — UI labels, field errors, error codes, domain value labels — is declared this way, in the
 * folder of its feature, and worded by `wordText` where it leaves: the error handler, a report, a page.
 */
export function defineTexts<const K extends string>(texts: Readonly<Record<K, Text>>): Readonly<Record<K, Text>> {
  return texts;
}

/** The text in the language, each `{name}` replaced by its parameter (a Text parameter worded too). */
export function wordText(text: Text, language: Language, params: TextParams = {}): string {
  return text[language].replace(/\{(\w+)\}/g, (place, name: string) => {
    const value = params[name];
    if (value === undefined) return place;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** Several texts as one, joined in each language by its own separator. */
export function joinTexts(texts: readonly Text[], separator: Text): Text {
  return {
    vi: texts.map((t) => t.vi).join(separator.vi),
    en: texts.map((t) => t.en).join(separator.en),
  };
}

/** A text that reads the same in both languages (a name, a number, a cell reference). */
export const sameText = (value: string): Text => ({ vi: value, en: value });
