package org.plancheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** How a URL is walked up and down, as written: the top of its tree is its bucket, host or root. */
class HadoopTreeTest {
  private final HadoopTree tree = new HadoopTree(new Configuration(false));

  @Test
  void parents_stopAtTheBucketOrHost_andATrailingSlashIsNoName() {
    assertThat(parents("s3a://bucket/registers/region=Pudong/")).containsExactly(
        "s3a://bucket/registers", "s3a://bucket/");
    assertThat(tree.name("s3a://bucket/registers/")).isEqualTo("registers");
    assertThat(tree.name("s3a://bucket")).isNull();
    assertThat(tree.name("s3a://bucket/")).isNull();
    assertThat(parents("hdfs://namenode:8020/data/reg")).containsExactly("hdfs://namenode:8020/data",
        "hdfs://namenode:8020/");
  }

  @Test
  void fileUrls_withOneSlashOrThree_walkUpToTheirRoot() {
    assertThat(parents("file:/tmp/reg")).containsExactly("file:/tmp", "file:/");
    assertThat(parents("file:///tmp/reg")).containsExactly("file:///tmp", "file:///");
    assertThat(tree.name("file:/")).isNull();
  }

  @Test
  void children_areTheLocationAsWrittenThenTheName() {
    assertThat(tree.child("s3a://bucket/registers/", "enterprises")).isEqualTo("s3a://bucket/registers/enterprises");
    assertThat(tree.child("s3a://bucket", "registers")).isEqualTo("s3a://bucket/registers");
    assertThat(tree.child("file:///", "tmp")).isEqualTo("file:///tmp");
    assertThat(tree.child("s3a://bucket/", "registers")).isEqualTo("s3a://bucket/registers");
    assertThat(tree.child("s3a://b/r", "region=Pu%2Fdong/asOf=2025-12-31"))
        .isEqualTo("s3a://b/r/region=Pu%2Fdong/asOf=2025-12-31");
  }

  private List<String> parents(String location) {
    String[] found = new String[10];
    int n = 0;
    for (String p = tree.parent(location); p != null; p = tree.parent(p)) {
      found[n++] = p;
    }
    return Arrays.asList(found).subList(0, n);
  }
}
