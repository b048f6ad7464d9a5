/** Internal (German only) texts of the translations area. */
export const internalTranslationsDe = {} as const;
