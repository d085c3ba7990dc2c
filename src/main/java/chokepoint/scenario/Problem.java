package chokepoint.scenario;

/**
 * One problem found in a scenario file.
 *
 * @param file the file name used in messages, e.g. {@code 2025.json}
 * @param jsonPath where in the file, e.g. {@code $.actors[3].capacities[1].annual.value}; {@code $} for the whole file
 * @param message what is wrong, e.g. {@code must be a finite number ≥ 0, got "abc"}
 */
public record Problem(String file, String jsonPath, String message) {

    @Override
    public String toString() {
        return file + ": " + jsonPath + ": " + message;
    }
}
