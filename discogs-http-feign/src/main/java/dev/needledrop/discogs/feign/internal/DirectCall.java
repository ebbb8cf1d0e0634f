package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.feign.internal.http.PlainUriText;
import feign.MethodMetadata;
import feign.Request;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request line of one resource method, read once from its Feign metadata, that writes the path
 * and query of a call by joining its parts instead of resolving Feign's templates anew for every
 * call (a fifth of a call's allocation and its largest SDK-only cost).
 *
 * <p>Only the plainest methods qualify: no body, no header or URL arguments, no expanders, every
 * argument a named parameter, and a query made of simple expressions or literals, plus optionally
 * one query map. Even then a call is written here only when every value it inserts is plain URI
 * text (letters, digits, {@code -._~} and percent escapes), which Feign would insert unchanged; any
 * other call is left to Feign, so that both ways send the same request. Thread-safe and immutable.
 */
final class DirectCall {

  private final Request.HttpMethod method;
  private final List<Part> path;
  private final List<QueryPart> query;
  private final Integer queryMapIndex;
  private final MethodMetadata metadata;

  private DirectCall(
      Request.HttpMethod method,
      List<Part> path,
      List<QueryPart> query,
      Integer queryMapIndex,
      MethodMetadata metadata) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.queryMapIndex = queryMapIndex;
    this.metadata = metadata;
  }

  /** A piece of a path or of a query value: a literal, or the argument at an index. */
  private record Part(String literal, int argument) {

    static Part literal(String text) {
      return new Part(text, -1);
    }

    static Part argument(int index) {
      return new Part(null, index);
    }

    boolean isLiteral() {
      return literal != null;
    }
  }

  /** One query parameter of the request line, by name, with its value. */
  private record QueryPart(String name, Part value) {}

  /** Returns the direct form of the method, or empty when it needs Feign's templates. */
  static Optional<DirectCall> of(MethodMetadata metadata) {
    if (!isPlain(metadata)) {
      return Optional.empty();
    }
    Optional<List<Part>> path = parts(metadata.template().path(), metadata);
    Optional<List<QueryPart>> query = queryParts(metadata);
    if (path.isEmpty() || query.isEmpty()) {
      return Optional.empty();
    }
    Request.HttpMethod method = Request.HttpMethod.valueOf(metadata.template().method());
    return Optional.of(
        new DirectCall(method, path.get(), query.get(), metadata.queryMapIndex(), metadata));
  }

  /** Returns the metadata the call was read from. */
  MethodMetadata metadata() {
    return metadata;
  }

  /** Returns the HTTP method. */
  Request.HttpMethod method() {
    return method;
  }

  /**
   * Writes the path and query of a call with the arguments, or returns empty when a value is not
   * plain URI text, or the query map is not one this class writes as Feign would.
   */
  Optional<String> target(Object[] arguments) {
    StringBuilder target = new StringBuilder(64);
    for (Part part : path) {
      if (!append(target, part, arguments)) {
        return Optional.empty();
      }
    }
    char separator = '?';
    for (QueryPart parameter : query) {
      if (isUndefined(parameter.value(), arguments)) {
        continue; // Feign leaves out a parameter whose value is undefined.
      }
      String value = valueOf(parameter.value(), arguments);
      if (value == null || !PlainUriText.is(value)) {
        return Optional.empty();
      }
      target.append(separator).append(parameter.name()).append('=').append(value);
      separator = '&';
    }
    return queryMapIndex == null || appendQueryMap(target, separator, arguments[queryMapIndex])
        ? Optional.of(target.toString())
        : Optional.empty();
  }

  private static boolean append(StringBuilder target, Part part, Object[] arguments) {
    if (part.isLiteral()) {
      target.append(part.literal());
      return true;
    }
    String value = valueOf(part, arguments);
    if (value == null || !PlainUriText.is(value)) {
      return false;
    }
    target.append(value);
    return true;
  }

  private static boolean isUndefined(Part part, Object[] arguments) {
    return !part.isLiteral() && arguments[part.argument()] == null;
  }

  // The text of a literal or of a String argument; null for any other argument, left to Feign.
  private static String valueOf(Part part, Object[] arguments) {
    if (part.isLiteral()) {
      return part.literal();
    }
    Object value = arguments[part.argument()];
    return value instanceof String text ? text : null;
  }

  // Entries after the request line's own parameters, in the map's order, as Feign adds them.
  private boolean appendQueryMap(StringBuilder target, char separator, Object argument) {
    if (!(argument instanceof Map<?, ?> map)) {
      return argument == null;
    }
    char next = separator;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String name)
          || !(entry.getValue() instanceof String value)
          || !PlainUriText.is(name)
          || !PlainUriText.is(value)
          || namedInRequestLine(name)) {
        return false;
      }
      target.append(next).append(name).append('=').append(value);
      next = '&';
    }
    return true;
  }

  private boolean namedInRequestLine(String name) {
    for (QueryPart parameter : query) {
      if (parameter.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlain(MethodMetadata metadata) {
    return metadata.bodyIndex() == null
        && metadata.template().bodyTemplate() == null
        && metadata.template().body() == null
        && metadata.formParams().isEmpty()
        && metadata.urlIndex() == null
        && metadata.headerMapIndex() == null
        && (metadata.indexToExpander() == null || metadata.indexToExpander().isEmpty())
        && metadata.indexToExpanderClass().isEmpty()
        && metadata.template().headers().isEmpty()
        && metadata.returnType() != feign.Response.class
        && everyArgumentIsNamedOrTheQueryMap(metadata);
  }

  // Feign 13 no longer reads a parameter's "encoded" flag: a value is inserted as it is when it is
  // plain URI text, which is what target() checks of every value.
  private static boolean everyArgumentIsNamedOrTheQueryMap(MethodMetadata metadata) {
    int count = metadata.method().getParameterCount();
    for (int index = 0; index < count; index++) {
      boolean queryMap = Integer.valueOf(index).equals(metadata.queryMapIndex());
      if (!queryMap && !metadata.indexToName().containsKey(index)) {
        return false;
      }
    }
    return true;
  }

  // Splits "/users/{username}/lists" into literals and the arguments the expressions name.
  private static Optional<List<Part>> parts(String template, MethodMetadata metadata) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        parts.add(Part.literal(template.substring(at)));
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        return Optional.empty();
      }
      if (open > at) {
        parts.add(Part.literal(template.substring(at, open)));
      }
      Optional<Integer> argument = argumentNamed(template.substring(open + 1, close), metadata);
      if (argument.isEmpty()) {
        return Optional.empty();
      }
      parts.add(Part.argument(argument.get()));
      at = close + 1;
    }
    boolean literalsArePlain =
        parts.stream()
            .filter(Part::isLiteral)
            .allMatch(part -> PlainUriText.isPath(part.literal()));
    return literalsArePlain ? Optional.of(List.copyOf(parts)) : Optional.empty();
  }

  private static Optional<List<QueryPart>> queryParts(MethodMetadata metadata) {
    List<QueryPart> parts = new ArrayList<>();
    for (Map.Entry<String, Collection<String>> parameter :
        metadata.template().queries().entrySet()) {
      String name = parameter.getKey();
      if (parameter.getValue().size() != 1 || !PlainUriText.is(name)) {
        return Optional.empty();
      }
      Optional<Part> value = queryValue(parameter.getValue().iterator().next(), metadata);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      parts.add(new QueryPart(name, value.get()));
    }
    return Optional.of(List.copyOf(parts));
  }

  // A query value is a literal or exactly one expression: "{currency}".
  private static Optional<Part> queryValue(String template, MethodMetadata metadata) {
    if (template.startsWith("{") && template.endsWith("}")) {
      return argumentNamed(template.substring(1, template.length() - 1), metadata)
          .map(Part::argument);
    }
    return PlainUriText.is(template) ? Optional.of(Part.literal(template)) : Optional.empty();
  }

  private static Optional<Integer> argumentNamed(String name, MethodMetadata metadata) {
    for (Map.Entry<Integer, Collection<String>> argument : metadata.indexToName().entrySet()) {
      if (argument.getValue().contains(name)) {
        return Optional.of(argument.getKey());
      }
    }
    return Optional.empty();
  }
}
