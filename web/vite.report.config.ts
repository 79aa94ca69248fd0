import { defineConfig } from "vite";

// The self-contained report page: one IIFE script and one stylesheet, which scripts/inline-report.mjs
// puts inside report.html so the page needs no server and no network (it opens from a USB stick).
export default defineConfig({
  build: {
    outDir: "dist-report",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    cssCodeSplit: false,
    lib: { entry: "src/report/main.ts", formats: ["iife"], name: "NetanReport", fileName: () => "report.js", cssFileName: "report" },
  },
});
