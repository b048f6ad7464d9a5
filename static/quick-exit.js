// "Seite schnell verlassen" (like GOV.UK's "Exit this page"): the link replaces this page in the
// browser history instead of adding the neutral page after it, so Back does not lead here again.
// Shift pressed three times or Escape twice within a second and a half leave the same way.
// Without JavaScript the link still leads away (a plain link).
(() => {
	const link = document.querySelector('[data-quick-exit]');
	if (!link) return;
	const leave = (event) => {
		if (event) event.preventDefault();
		document.documentElement.style.visibility = 'hidden';
		window.location.replace(link.href);
	};
	link.addEventListener('click', leave);
	for (const hint of document.querySelectorAll('[data-quick-exit-keys]')) hint.hidden = false;
	const WINDOW_MS = 1500;
	let shifts = [];
	let escapes = [];
	document.addEventListener('keydown', (event) => {
		if (event.repeat) return;
		const now = Date.now();
		if (event.key === 'Shift') {
			shifts = [...shifts.filter((t) => now - t < WINDOW_MS), now];
			if (shifts.length >= 3) leave();
		} else if (event.key === 'Escape') {
			escapes = [...escapes.filter((t) => now - t < WINDOW_MS), now];
			if (escapes.length >= 2) leave();
		} else {
			// A capital letter is Shift + letter: typing does not add up to three.
			shifts = [];
			escapes = [];
		}
	});
})();
