package org.plancheck.sources;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts written as URLs ({@code s3a://bucket/registers}, {@code hdfs://host/x}, {@code
 * file:/tmp/r}) rather than paths, and why a reader of files refuses them.
 */
public final class Urls {
  // Two letters at least, so that a Windows drive (C:/) stays a path.
  private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):/.*", Pattern.DOTALL);

  private Urls() {}

  /** Returns whether {@code text} is a URL: a scheme of two or more characters, a colon, a slash. */
  public static boolean isUrl(String text) {
    return URL.matcher(text).matches();
  }

  /** Returns the scheme of {@code text}, such as {@code s3a}, or null when it is no URL. */
  public static String scheme(String text) {
    Matcher m = URL.matcher(text);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * Says that a URL with {@code scheme} is not read {@code where} ("here", "by the local
   * engine"), since fact sets are read as files there, and what reads it: {@code batch --engine
   * spark} for registers, else a mount or a copy.
   */
  public static String notRead(String scheme, String where) {
    return "a URL (" + scheme + "://) is not read " + where + ", where fact sets are read as files: batch --engine spark"
        + " reads registers at URLs through Hadoop's file systems (hdfs://, s3a:// with hadoop-aws, file://);"
        + " otherwise mount the store on every machine (as s3fs or an NFS gateway does) or copy it, and give that path";
  }
}
