// Barrel: named re-exports only.
export {};
