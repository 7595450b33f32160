// The home feature's public face: the start screen, which app.routes.ts loads eagerly.
export { Home } from './home';
