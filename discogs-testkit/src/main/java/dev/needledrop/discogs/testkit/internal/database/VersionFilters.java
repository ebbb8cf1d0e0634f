package dev.needledrop.discogs.testkit.internal.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the {@code filters} and {@code filter_facets} a versions page carries: the filters
 * applied, and for each filter the values the listed versions have, with their counts.
 */
final class VersionFilters {

  private record Facet(
      String id, String title, boolean multiple, Function<JsonNode, List<String>> values) {}

  private static final List<Facet> FACETS =
      List.of(
          new Facet("format", "Format", true, VersionFilters::formats),
          new Facet("label", "Label", true, version -> parts(StubJson.text(version, "label"))),
          new Facet("country", "Country", true, version -> single(version, "country")),
          new Facet("released", "Released", false, VersionFilters::year));

  private VersionFilters() {}

  static ObjectNode describe(MasterVersionsQuery query, List<ObjectNode> versions) {
    ObjectNode extra = StubJson.object();
    ObjectNode filters = extra.putObject("filters");
    filters.set("applied", applied(query));
    ObjectNode available = filters.putObject("available");
    ArrayNode facets = extra.putArray("filter_facets");
    for (Facet facet : FACETS) {
      Map<String, Integer> counts = counts(facet, versions);
      ObjectNode byValue = available.putObject(facet.id());
      counts.forEach(byValue::put);
      facets.add(facet(facet, counts));
    }
    return extra;
  }

  private static ObjectNode applied(MasterVersionsQuery query) {
    ObjectNode applied = StubJson.object();
    putApplied(applied, "format", query.format());
    putApplied(applied, "label", query.label());
    putApplied(applied, "released", query.released());
    putApplied(applied, "country", query.country());
    return applied;
  }

  private static void putApplied(ObjectNode applied, String name, Optional<String> value) {
    value.ifPresent(given -> applied.putArray(name).add(given));
  }

  private static Map<String, Integer> counts(Facet facet, List<ObjectNode> versions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ObjectNode version : versions) {
      facet.values().apply(version).stream()
          .distinct()
          .forEach(value -> counts.merge(value, 1, Integer::sum));
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> ordered = new LinkedHashMap<>();
    sorted.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
    return ordered;
  }

  private static ObjectNode facet(Facet facet, Map<String, Integer> counts) {
    ObjectNode node = StubJson.object();
    node.put("title", facet.title());
    node.put("id", facet.id());
    ArrayNode values = node.putArray("values");
    counts.forEach(
        (value, count) -> {
          ObjectNode entry = values.addObject();
          entry.put("title", value);
          entry.put("value", QueryString.encode(value).replace("%20", "+"));
          entry.put("count", count);
        });
    node.put("allows_multiple_values", facet.multiple());
    return node;
  }

  private static List<String> formats(JsonNode version) {
    List<String> formats = new ArrayList<>(StubJson.texts(version, "major_formats"));
    formats.addAll(parts(StubJson.text(version, "format")));
    return formats;
  }

  private static List<String> year(JsonNode version) {
    String released = StubJson.text(version, "released");
    return released.length() >= 4 ? List.of(released.substring(0, 4)) : List.of();
  }

  private static List<String> single(JsonNode version, String field) {
    String value = StubJson.text(version, field);
    return value.isEmpty() ? List.of() : List.of(value);
  }

  private static List<String> parts(String commaSeparated) {
    List<String> parts = new ArrayList<>();
    for (String part : commaSeparated.split(",")) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    return parts;
  }
}
