// The kernel's time: the product-wide functions of `$lib/time` (one zone, one formatter), so
// domain code and pages read and show dates the same way.
export * from '$lib/time';
