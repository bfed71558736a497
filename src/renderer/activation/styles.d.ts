/** The action view's own stylesheet, bundled by Vite. */
declare module '*.css';
