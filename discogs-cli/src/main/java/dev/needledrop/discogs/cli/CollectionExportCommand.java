package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageFetcher;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.PagedStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code discogs collection export FILE [USER]}: the whole collection, or one folder, as a CSV
 * file, one row per copy with the values of its custom fields as columns. The copies stream page by
 * page from Discogs to a new file beside the one named, which replaces it only once complete, so a
 * collection of any size costs the same memory and a failed export leaves the old file whole; a
 * progress bar on standard error shows how far it got.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes every copy of a collection to a CSV file (UTF-8): instance, release, artist,"
          + " title, year, labels, catalogue numbers, formats, genres, styles, folder, rating,"
          + " date added, then one column per custom field.",
      "Pages stream from Discogs straight to the file; progress shows on standard error."
    })
final class CollectionExportCommand extends DiscogsCommand {

  private static final List<String> HEADINGS =
      List.of(
          "instance_id",
          "release_id",
          "artist",
          "title",
          "year",
          "labels",
          "catno",
          "formats",
          "genres",
          "styles",
          "folder_id",
          "folder",
          "rating",
          "date_added");

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The CSV file to write; replaced only once the export is complete.")
  Path file;

  @Parameters(
      index = "1",
      paramLabel = "USER",
      arity = "0..1",
      description = "Whose collection (default: the user the token acts for).")
  Username user;

  @Option(
      names = "--folder",
      paramLabel = "ID",
      defaultValue = "0",
      description = "The folder to export; 0, the default, exports the whole collection.")
  FolderId folder;

  private final AtomicLong exported = new AtomicLong();

  @Override
  void checkArguments() {
    WriteCommands.refuseJson(this);
    usage(() -> ReplacedFile.checkWritable(file));
  }

  @Override
  String subject() {
    return "export of " + UserArgument.owner(Optional.ofNullable(user)) + " collection";
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    throw WriteCommands.noJson(this);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Username owner = UserArgument.resolve(Optional.ofNullable(user), discogs);
    CollectionApi collection = discogs.collection();
    Map<FolderId, String> folders =
        collection.folders(owner).stream().collect(Collectors.toMap(Folder::id, Folder::name));
    requireFolder(collection, owner, folders);
    List<CustomField> fields = collection.fields(owner);
    ProgressBar progress =
        new ProgressBar(spec.commandLine().getErr(), "exporting", cli().environment().isTerminal());
    try (ReplacedFile output = ReplacedFile.of(file)) {
      write(output.path(), copies(collection, owner, progress), fields, folders, progress);
      output.commit();
    }
    progress.finish();
    out.println(
        "Exported "
            + Text.count(exported.get(), "copy", "copies")
            + " of "
            + owner
            + "'s collection to "
            + file);
  }

  // Before any file is touched: a folder the owner's list lacks is asked for, so that Discogs
  // answers why (404 for none, 403 for a private one) while the old file is still whole.
  private void requireFolder(
      CollectionApi collection, Username owner, Map<FolderId, String> folders) {
    if (!folders.containsKey(folder)) {
      collection.folder(owner, folder);
    }
  }

  private void write(
      Path target,
      Stream<CollectionItem> copies,
      List<CustomField> fields,
      Map<FolderId, String> folders,
      ProgressBar progress) {
    try (CsvWriter csv = CsvWriter.create(target)) {
      csv.row(headings(fields));
      copies.forEach(
          copy -> {
            csv.row(row(copy, fields, folders));
            exported.incrementAndGet();
            progress.step();
          });
    }
  }

  // Lazily, one page at a time; the first page tells the bar how many copies there are.
  private Stream<CollectionItem> copies(
      CollectionApi collection, Username owner, ProgressBar progress) {
    PageFetcher<CollectionItem> pages =
        request -> {
          Page<CollectionItem> page = collection.items(owner, folder, Optional.empty(), request);
          progress.total(page.pagination().items());
          return page;
        };
    return PagedStream.of(pages, PageRequest.MAX_PER_PAGE);
  }

  private static List<String> headings(List<CustomField> fields) {
    List<String> headings = new ArrayList<>(HEADINGS);
    fields.forEach(field -> headings.add(field.name()));
    return headings;
  }

  private static List<String> row(
      CollectionItem copy, List<CustomField> fields, Map<FolderId, String> folders) {
    List<String> cells = new ArrayList<>();
    cells.add(copy.instanceId().toString());
    cells.add(copy.releaseId().toString());
    cells.add(copy.release().artistsDisplay());
    cells.add(copy.release().title());
    cells.add(Rows.year(copy.release().year()));
    cells.add(Rows.labels(copy.release().labels()));
    cells.add(Rows.catalogueNumbers(copy.release().labels()));
    cells.add(Rows.formats(copy.release().formats()));
    cells.add(String.join(", ", copy.release().genres()));
    cells.add(String.join(", ", copy.release().styles()));
    cells.add(copy.folderId().toString());
    cells.add(folders.getOrDefault(copy.folderId(), ""));
    cells.add(Integer.toString(copy.rating()));
    cells.add(copy.dateAdded().map(time -> time.raw()).orElse(""));
    fields.forEach(field -> cells.add(copy.note(field.id()).orElse("")));
    return cells;
  }
}
