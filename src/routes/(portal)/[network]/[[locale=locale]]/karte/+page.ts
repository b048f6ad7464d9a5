// The map is an enhancement: the page is a list of addresses without JavaScript.
export const csr = true;
