// electron-vite's import suffixes (`?nodeWorker` builds a worker_threads entry as its own chunk).
/// <reference types="electron-vite/node" />
