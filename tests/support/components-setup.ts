// DOM matchers (toHaveAccessibleDescription, toHaveValue …) for the component tests.
import '@testing-library/jest-dom/vitest';
