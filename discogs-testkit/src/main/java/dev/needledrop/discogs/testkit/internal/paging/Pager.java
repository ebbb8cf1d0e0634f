package dev.needledrop.discogs.testkit.internal.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Answers a paginated listing: one page of the items under their key, a {@code pagination} object
 * whose {@code urls} hold only the links that apply, and a {@code Link} header with the same links.
 * Every link is rooted at the stub and repeats the request's other query parameters.
 */
public final class Pager {

  private static final List<String> PAGING_PARAMETERS = List.of("page", "per_page");

  private Pager() {}

  /** Returns the page the request asks for, as the body {@code {"pagination", itemsKey}}. */
  public static StubReply reply(
      StubRequest request, List<? extends JsonNode> all, String itemsKey) {
    return reply(request, all, itemsKey, StubJson.object());
  }

  /** Returns the page the request asks for, adding the given fields to the body. */
  public static StubReply reply(
      StubRequest request, List<? extends JsonNode> all, String itemsKey, ObjectNode extra) {
    return page(
        request,
        all,
        (body, page) -> {
          body.setAll(extra);
          ArrayNode items = body.putArray(itemsKey);
          page.forEach(item -> items.add(item.deepCopy()));
        });
  }

  /**
   * Returns the page the request asks for, rendering only that page's items: {@code fill} gets the
   * body (holding the {@code pagination} object already) and the page's items, and writes them in.
   * Listings held in another form than JSON, or written under several keys, page through this.
   */
  public static <T> StubReply page(
      StubRequest request, List<T> all, BiConsumer<ObjectNode, List<T>> fill) {
    PageSlice slice = slice(request, all.size());
    Map<String, String> links = links(request, slice);
    ObjectNode body = StubJson.object();
    body.set("pagination", pagination(slice, links));
    fill.accept(body, slice.cut(all));
    return links.isEmpty()
        ? StubReply.ok(body)
        : StubReply.ok(body, Map.of("Link", linkHeader(links)));
  }

  /** Reads {@code page} and {@code per_page}; text that is not a number reads as the default. */
  public static PageSlice slice(StubRequest request, int items) {
    int page = number(request, "page", 1);
    int perPage = number(request, "per_page", PageSlice.DEFAULT_PER_PAGE);
    return new PageSlice(page, perPage, items);
  }

  private static ObjectNode pagination(PageSlice slice, Map<String, String> links) {
    ObjectNode pagination = StubJson.object();
    pagination.put("page", slice.page());
    pagination.put("pages", slice.pages());
    pagination.put("per_page", slice.perPage());
    pagination.put("items", slice.items());
    ObjectNode urls = pagination.putObject("urls");
    links.forEach(urls::put);
    return pagination;
  }

  private static Map<String, String> links(StubRequest request, PageSlice slice) {
    Map<String, String> links = new LinkedHashMap<>();
    if (slice.hasPrevious()) {
      links.put("first", url(request, 1, slice.perPage()));
      links.put("prev", url(request, slice.previousPage(), slice.perPage()));
    }
    if (slice.hasNext()) {
      links.put("next", url(request, slice.page() + 1, slice.perPage()));
      links.put("last", url(request, slice.pages(), slice.perPage()));
    }
    return links;
  }

  private static String url(StubRequest request, int page, int perPage) {
    String others = request.query().encodeWithout(PAGING_PARAMETERS);
    String paging = "page=" + page + "&per_page=" + perPage;
    String query = others.isEmpty() ? paging : others + "&" + paging;
    return request.origin() + request.path() + "?" + query;
  }

  private static String linkHeader(Map<String, String> links) {
    return links.entrySet().stream()
        .map(link -> "<" + link.getValue() + ">; rel=\"" + link.getKey() + "\"")
        .collect(Collectors.joining(", "));
  }

  private static int number(StubRequest request, String name, int fallback) {
    return request
        .parameter(name)
        .filter(value -> value.trim().matches("-?\\d{1,9}"))
        .map(value -> Integer.parseInt(value.trim()))
        .orElse(fallback);
  }
}
