/**
 * The game's texts outside the window: translated strings ({@link chokepoint.text.Messages}), display names of
 * scenario things ({@link chokepoint.text.ScenarioNames}) and engine news as sentences
 * ({@link chokepoint.text.NewsFormatter}). The game window, the headless report, the projector and the
 * after-action report all render news through these, so a news line reads the same everywhere.
 */
package chokepoint.text;
