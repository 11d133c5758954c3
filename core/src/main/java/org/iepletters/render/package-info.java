/**
 * Rendering: Velocity templates to Markdown with every inserted value escaped, Markdown to
 * WordprocessingML styled by {@code reference.docx}, and deterministic {@code .docx} packaging; the same
 * Markdown to HTML laid out by openhtmltopdf into tagged PDF/UA-1 and PDF/A-2a, and filing packets merged
 * with PDFBox. Internal to the library: use {@code org.iepletters.IepLetters}.
 */
package org.iepletters.render;
