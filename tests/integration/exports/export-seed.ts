// tests/e2e imports the seed from here; it lives in tests/support now, and this line goes when that import moves.
export * from '../../support/export-seed'
