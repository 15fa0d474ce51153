/**
 * Server-side SVG pictures of Moral Machine outcomes (Awad et al. 2018) and of the 20 character types.
 * Plain Java: the renderers return self-contained SVG markup strings (no scripts, no external images or
 * fonts, no ids, so several pictures can share one page); the only text inside is what the caller passes,
 * already translated. Entry points: {@link org.moralbase.moralmachine.picture.OutcomePicture},
 * {@link org.moralbase.moralmachine.picture.CharacterGallery} and
 * {@link org.moralbase.moralmachine.picture.CharacterPicture}.
 */
package org.moralbase.moralmachine.picture;
