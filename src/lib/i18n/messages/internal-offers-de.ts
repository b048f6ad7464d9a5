/** German texts of the internal area's offers, taxonomy, exchange and the dashboard's counts (server-made texts: PDFs, exports, messages). Spread into `de`. */
export const internalOffersDe = {
	'server.offers.restoredComment': 'Wiederhergestellt: Fassung vom {day}'
} as const;
