// The article page (article.ui.ArticleView): a highlighted claim is picked with Enter or Space like a button
// (the server listens to keydown); Space must not also scroll the text pane away from it.
document.addEventListener('keydown', (e) => {
  if (e.key === ' ' && e.target instanceof Element && e.target.classList.contains('claim-span')) {
    e.preventDefault();
  }
});
