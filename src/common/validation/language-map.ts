import { ValidationOptions, registerDecorator } from 'class-validator';

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
export const MAX_LABEL_LENGTH = 300;

/** `{ "en": "Titanium alloy", "it": "Lega di titanio" }`: language tags to non-empty strings. */
export function IsLanguageMap(kind: 'string' | 'string[]', options: ValidationOptions & { maxLength?: number } = {}) {
  const maxLength = options.maxLength ?? MAX_LABEL_LENGTH;
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isLanguageMap',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must map language tags (en, it, es, de...) to ${kind === 'string' ? 'a text' : 'lists of texts'} of 1-${maxLength} characters`,
        ...options,
      },
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
          const entries = Object.entries(value as Record<string, unknown>);
          if (entries.length > 20) return false;
          const okText = (v: unknown) => typeof v === 'string' && v.trim().length > 0 && v.length <= maxLength;
          return entries.every(
            ([lang, v]) => LANGUAGE_TAG.test(lang) && (kind === 'string' ? okText(v) : Array.isArray(v) && v.length <= 50 && v.every(okText)),
          );
        },
      },
    });
}
