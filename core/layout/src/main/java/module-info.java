/**
 * The page layout of GB/T 9704-2012 for reply letters, shared by the Word and HTML modules: the
 * page geometry and fonts ({@link org.replyletter.layout.PageGeometry},
 * {@link org.replyletter.layout.FontFamily}), a letter laid out as blocks in the standard's order
 * ({@link org.replyletter.layout.OfficialLayout}), and the reading order that turns a laid-out
 * document back into the text the core's importer reads ({@link org.replyletter.layout.LaidOutText}).
 */
@SuppressWarnings("requires-automatic")
module org.replyletter.layout {
  requires transitive org.replyletter.core;
  requires static org.immutables.value.annotations;

  exports org.replyletter.layout;
}
