// Statistics page: the review calendar opens scrolled to its newest weeks when the screen is too narrow for a year.

for (const figure of document.querySelectorAll('.stats-figure[data-scroll=end]')) {
  figure.scrollLeft = figure.scrollWidth;
}
