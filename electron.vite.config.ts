import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

/**
 * One build for the three bundles (electron-vite: Vite for all of them, so the
 * renderer we test in Chromium is byte for byte the one Electron loads).
 * The preload is CommonJS because sandboxed preloads cannot be ES modules.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        output: {
          // pdf.js's worker imports its JBIG2 decoder as `${wasmUrl}jbig2_nowasm_fallback.js`: the file keeps its name.
          assetFileNames: (asset) =>
            asset.names.includes('jbig2_nowasm_fallback.js')
              ? 'assets/pdfjs-[hash]/[name][extname]'
              : 'assets/[name]-[hash][extname]',
        },
      },
    },
  },
})
