package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.Folder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code discogs collection folders [USER]}: the folders of a collection with their ids, which
 * {@code collection --folder} and {@code collection export --folder} take.
 */
@Command(
    name = "folders",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the folders of a collection as a table: id, name and how many copies each holds.",
      "Folder 0 (All) holds every copy; pass an id to 'discogs collection --folder ID'.",
      "Without USER, the folders of the token's user. Others show only folder 0, and only when"
          + " their collection is public."
    })
final class CollectionFoldersCommand extends DiscogsCommand {

  private static final Table<Folder> TABLE =
      new Table<>(
          List.of(
              new Table.Column<>("ID", 12, folder -> folder.id().toString()),
              new Table.Column<>("NAME", 40, Folder::name),
              new Table.Column<>("COPIES", 8, folder -> Integer.toString(folder.count()))));

  @Parameters(
      paramLabel = "USER",
      arity = "0..1",
      description = "Whose collection (default: the user the token acts for).")
  Username user;

  @Override
  String subject() {
    return UserArgument.owner(Optional.ofNullable(user)) + " collection folders";
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    Username owner = usage(() -> UserArgument.resolve(Optional.ofNullable(user), raw));
    return raw.get("/users/" + owner + "/collection/folders");
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Username owner = UserArgument.resolve(Optional.ofNullable(user), discogs);
    List<Folder> folders = discogs.collection().folders(owner);
    TABLE.print(folders, out);
    out.println(Text.count(folders.size(), "folder", "folders") + " in " + owner + "'s collection");
  }
}
