package org.plancheck.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.plancheck.Limits;

/** This machine's file system as a {@link FileTree}: locations are java.nio paths, as given. */
final class LocalTree implements FileTree {
  static final LocalTree INSTANCE = new LocalTree();

  private LocalTree() {}

  @Override
  public Kind kind(String location) {
    return kind(Path.of(location));
  }

  static Kind kind(Path path) {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isDirectory() ? Kind.FOLDER : a.isRegularFile() ? Kind.FILE : Kind.OTHER;
    } catch (IOException | SecurityException e) {
      // As Files.exists and Files.isDirectory answer when they cannot tell: not there.
      return Kind.ABSENT;
    }
  }

  @Override
  public List<Entry> list(String folder) {
    Path path = Path.of(folder);
    try (Stream<Path> listing = Files.list(path)) {
      return listing.sorted().map(p -> new Entry(p.toString(), p.getFileName().toString(), kind(p))).toList();
    } catch (IOException e) {
      throw TextFiles.ioError(path, e);
    }
  }

  @Override
  public String child(String folder, String name) {
    return Path.of(folder).resolve(name).toString();
  }

  @Override
  public String parent(String location) {
    Path parent = Path.of(location).getParent();
    return parent == null ? null : parent.toString();
  }

  @Override
  public String name(String location) {
    Path name = Path.of(location).getFileName();
    return name == null ? null : name.toString();
  }

  @Override
  public InputStream open(String file, Limits limits) throws IOException {
    return TextFiles.openBytes(Path.of(file), limits);
  }
}
