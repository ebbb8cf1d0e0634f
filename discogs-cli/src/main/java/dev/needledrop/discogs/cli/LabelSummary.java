package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRef;
import java.io.PrintWriter;

/** Prints a label as a readable summary followed by the profile. */
final class LabelSummary {

  private LabelSummary() {}

  /** Prints the summary. */
  static void print(Label label, PrintWriter out) {
    Summaries.title(label.name(), out);
    new Fields()
        .add("Label", label.id().toString())
        .add("Parent label", label.parentLabel().map(LabelSummary::ref).orElse(""))
        .addAll("Sublabels", label.sublabels().stream().map(LabelSummary::ref).toList())
        .add("Contact", label.contactInfo())
        .addAll("Links", label.urls())
        .add("Discogs", label.uri())
        .printTo(out);
    Summaries.section("Profile", label.profile(), out);
  }

  private static String ref(LabelRef label) {
    return label.name() + " [" + label.id() + "]";
  }
}
