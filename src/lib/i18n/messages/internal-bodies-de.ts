/** German texts of the internal area's bodies, meetings, agreements and documents (server-made texts: PDFs, exports, messages). Spread into `de`. */
export const internalBodiesDe = {} as const;
