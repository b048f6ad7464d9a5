// The Merkliste with JavaScript (the portal works without it; the list lives in the link):
// - "Link kopieren" copies the list's link and says so in the live region;
// - this browser keeps a copy of the list (localStorage, per network). A page whose link
//   carries merkliste= (empty after removing the last offer) updates it; a page without it
//   shows "Ihre Merkliste (n) öffnen", a link built here — the server sees the list only
//   when the family follows it.
(() => {
	const script = document.currentScript;
	const network = script && script.dataset.network;
	if (!network) return;
	const key = `nfh-merkliste:${network}`;
	const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
	const parse = (text) => [...new Set((text || '').toLowerCase().split(',').filter((v) => UUID.test(v)))].slice(0, 50);

	const run = () => {
		for (const el of document.querySelectorAll('[data-js-only]')) el.hidden = false;
		const button = document.querySelector('[data-copy-link]');
		const field = button && document.getElementById(button.dataset.copyLink);
		const status = document.querySelector('[data-copy-status]');
		if (button && field) {
			if (!navigator.clipboard) button.hidden = true;
			button.addEventListener('click', async () => {
				try {
					await navigator.clipboard.writeText(field.value);
					if (status) status.textContent = button.dataset.copied;
				} catch {
					// Clipboard refused: the field stays there to select.
					field.select();
				}
			});
		}
		let stored = [];
		try {
			const params = new URLSearchParams(window.location.search);
			if (params.has('merkliste')) {
				const ids = parse(params.get('merkliste'));
				if (ids.length) localStorage.setItem(key, ids.join(','));
				else localStorage.removeItem(key);
				return;
			}
			stored = parse(localStorage.getItem(key));
		} catch {
			return; // Storage switched off (private mode, settings).
		}
		const item = document.querySelector('[data-remembered-shortlist]');
		const link = item && item.querySelector('a');
		if (!link || stored.length === 0) return;
		link.href = `${link.getAttribute('href')}?merkliste=${stored.join(',')}`;
		link.textContent = link.dataset.label.replace('__N__', String(stored.length));
		item.hidden = false;
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
	else run();
})();
