package dev.needledrop.discogs.testkit.internal.database;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.MasterVersionSort;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.catalogue.HeldPrices;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.listing.Listings;
import dev.needledrop.discogs.testkit.internal.listing.VersionKeys;
import dev.needledrop.discogs.testkit.internal.paging.Pager;
import java.util.List;

/** Answers a master and its versions, filtered and sorted (E12, E13). */
final class MasterEndpoints {

  private final CatalogueStore catalogue;

  MasterEndpoints(CatalogueStore catalogue) {
    this.catalogue = catalogue;
  }

  StubReply master(StubRequest request) {
    Currency asked = CurrencyParameter.read(request);
    ObjectNode master =
        catalogue
            .master(request.id("master_id"))
            .orElseThrow(() -> ApiError.notFound(NotFound.MASTER));
    return StubReply.ok(HeldPrices.inCurrency(master, asked));
  }

  StubReply versions(StubRequest request) {
    long id = request.id("master_id");
    List<ObjectNode> versions =
        catalogue
            .masterVersions(id)
            .or(() -> catalogue.master(id).map(master -> List.<ObjectNode>of()))
            .orElseThrow(() -> ApiError.notFound(NotFound.MASTER));
    MasterVersionsQuery query = query(request);
    List<ObjectNode> selected = Listings.selectVersions(versions, MasterEndpoints::keys, query);
    return Pager.reply(request, selected, "versions", VersionFilters.describe(query, selected));
  }

  private static MasterVersionsQuery query(StubRequest request) {
    return new MasterVersionsQuery(
        request.parameter("format"),
        request.parameter("label"),
        request.parameter("released"),
        request.parameter("country"),
        SortParameters.read(request, MasterVersionSort.class));
  }

  private static VersionKeys keys(ObjectNode version) {
    return new VersionKeys(
        StubJson.text(version, "released"),
        StubJson.text(version, "title"),
        StubJson.text(version, "format"),
        StubJson.texts(version, "major_formats"),
        StubJson.text(version, "label"),
        StubJson.text(version, "catno"),
        StubJson.text(version, "country"));
  }
}
