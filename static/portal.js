// Small progressive enhancements of the public portal; every page works without them.
(() => {
	// After a search, a filter or "Merken" the page lands on #ergebnisse (or on the offer just
	// saved): move the keyboard focus there too, so nobody tabs through the header again.
	const id = location.hash ? decodeURIComponent(location.hash.slice(1)) : '';
	// data-focus-target names the element to focus (the results heading), or is empty for itself.
	const anchor = id ? document.getElementById(id) : null;
	const named = anchor?.getAttribute('data-focus-target');
	const target = named ? document.getElementById(named) : anchor;
	if (anchor && named !== null && target) {
		if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
		// After load: the browser's own jump to the fragment would otherwise reset the focus.
		const focus = () => target.focus();
		if (document.readyState === 'complete') focus();
		else window.addEventListener('load', focus, { once: true });
	}
	// Filters are a closed disclosure on a phone and an open sidebar on a wide screen.
	const wide = window.matchMedia('(min-width: 48rem)');
	const openWhenWide = () => {
		if (!wide.matches) return;
		for (const details of document.querySelectorAll('details[data-wide-open]')) details.open = true;
	};
	openWhenWide();
	wide.addEventListener('change', openWhenWide);
})();
