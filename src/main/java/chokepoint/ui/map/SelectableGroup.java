package chokepoint.ui.map;

import java.util.Set;

/**
 * A group of countries the player can pick as one (an actor: "JPN" = {"392"}, "EU" = the 27
 * member states). Tab/Shift+Tab on the map cycles through the groups, Enter selects.
 */
public record SelectableGroup(String id, String label, Set<String> countryIds) {

    public SelectableGroup {
        countryIds = Set.copyOf(countryIds);
        if (label == null) {
            label = id;
        }
    }
}
