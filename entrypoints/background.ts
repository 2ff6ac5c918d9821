export default defineBackground(() => {
  // Wiring only; behaviour lives in src/.
});
