/** The document's two list definitions: bullets and numbers, each a real Word list with a hanging indent. */
export const BULLETS = 'paraat-bullets';
export const NUMBERS = 'paraat-numbers';
