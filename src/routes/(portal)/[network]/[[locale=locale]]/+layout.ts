// Public portal: rendered on the server, no JavaScript shipped.
export const csr = false;
