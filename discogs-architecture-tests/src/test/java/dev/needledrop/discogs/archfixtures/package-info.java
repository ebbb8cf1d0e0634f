/**
 * Deliberately bad classes, one per way of breaking an architecture rule, plus a few that keep to
 * the rules. Test sources only: the main scan leaves them out, and {@code
 * ArchitectureRulesBiteTest} imports them one by one to prove that each rule fails on them.
 */
package dev.needledrop.discogs.archfixtures;
