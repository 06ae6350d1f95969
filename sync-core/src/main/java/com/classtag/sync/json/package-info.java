/**
 * The documented file formats of the planner's inputs: {@link com.classtag.sync.json.AppStateJson}
 * reads and writes an app state ({@code docs/app-state.md}), {@link
 * com.classtag.sync.json.SettingsJson} a district's sync settings ({@code docs/settings.md}). Both
 * stream (reading with a strict JSON tokenizer of their own, writing with Gson's), read strictly
 * (an unknown field is an error, not an absent value) and fail with a {@link
 * com.classtag.sync.json.JsonFormatException} that names the JSON path and what was expected there.
 * The JSON Schemas in {@code docs/schema} describe the same formats for editors and other
 * languages.
 *
 * <pre>{@code
 * AppState state;
 * try (InputStream in = Files.newInputStream(Path.of("app-state.json"))) {
 *   state = AppStateJson.read(in);
 * } catch (JsonFormatException e) {
 *   // e.path() is, for example, $.classrooms[3].teachers[0].role; e.getMessage() says what belongs there.
 * }
 * }</pre>
 *
 * <p>A state file holds personal data (names, emails, phones); treat it accordingly. Error messages
 * never repeat a text value of the file.
 */
package com.classtag.sync.json;
