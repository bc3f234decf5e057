// Vitest runs server modules outside React Server Components; the real package throws there.
export {};
