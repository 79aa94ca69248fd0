import { defineConfig } from "vitest/config";

// The workbench: served by `netan serve` as static files from dist/.
export default defineConfig({
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
