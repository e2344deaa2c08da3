// Vite's client types: lets main.tsx import its CSS files, which Vite bundles into one stylesheet.
/// <reference types="vite/client" />
