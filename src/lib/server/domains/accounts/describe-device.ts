export type Device = { browser: string | null; os: string | null };

// Order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
	[/\bEdg(e|A|iOS)?\//, 'Edge'],
	[/\bOPR\/|\bOpera\b/, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\bFirefox\/|\bFxiOS\//, 'Firefox'],
	[/\bChromium\//, 'Chromium'],
	[/Chrome\/|\bCriOS\//, 'Chrome'],
	[/\bVersion\/[\d.]+.*\bSafari\//, 'Safari']
];
const SYSTEMS: [RegExp, string][] = [
	[/\biPad\b/, 'iPadOS'],
	[/\biPhone\b|\biPod\b/, 'iOS'],
	[/\bAndroid\b/, 'Android'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\bWindows\b/, 'Windows'],
	[/\bMacintosh\b|\bMac OS X\b/, 'macOS'],
	[/\bLinux\b/, 'Linux']
];

/** Browser and system from a User-Agent, roughly ("Chrome" on "Android"); null where it says nothing we know. */
export function describeDevice(userAgent: string): Device {
	const find = (list: [RegExp, string][]) => list.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
	return { browser: find(BROWSERS), os: find(SYSTEMS) };
}
