/** German texts of the internal area's organisations, accounts, tenancy and privacy (server-made texts: PDFs, exports, messages). Spread into `de`. */
export const internalNetworkDe = {} as const;
