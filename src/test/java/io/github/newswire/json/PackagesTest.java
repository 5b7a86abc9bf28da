package io.github.newswire.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newswire.NewsWire;
import io.github.newswire.formats.IptcSchemas;
import io.github.newswire.model.Article;
import io.github.newswire.model.Group;
import io.github.newswire.model.GroupRef;
import io.github.newswire.writer.NewsMlG2Writer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A NewsML-G2 package is read as what it is, a structure of groups that refer to other items, and
 * kept as one through JSON, ninjs, NewsML-G2 and Java serialization; a package whose items are in
 * the same file keeps the link to them.
 */
class PackagesTest {

    private static final Path MESSAGE = Path.of("src", "test", "resources", "formats", "newsml-g2-package-message.xml");

    private static List<Article> items() throws IOException {
        return NewsWire.parser().parseItems(MESSAGE);
    }

    @Test
    void aPackageIsItsGroupsTheRootFirstWithLinksToTheItemsOfItsFile() throws IOException {
        List<Article> items = items();
        assertThat(items).extracting(Article::isPackage).containsExactly(true, false, false);
        Article pkg = items.get(0);
        assertThat(pkg.envelope().type()).contains("composite");
        assertThat(pkg.paragraphs()).isEmpty();
        List<Group> groups = pkg.envelope().groups();
        assertThat(groups).extracting(Group::id).containsExactly("root", "main", "more");
        assertThat(groups.get(0).refs()).extracting(GroupRef::kind, GroupRef::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GroupRef.Kind.GROUP, "main"),
                        org.assertj.core.groups.Tuple.tuple(GroupRef.Kind.GROUP, "more"));
        GroupRef rice = groups.get(1).refs().get(0);
        assertThat(rice.item()).contains(1);
        assertThat(items.get(rice.item().get()).envelope().uri()).contains(rice.ref());
        assertThat(rice.headline()).contains("Rice exports rise");
        assertThat(groups.get(2).refs()).extracting(GroupRef::item).containsExactly(Optional.of(2), Optional.empty());
        assertThat(groups.get(1).role()).contains("group:main");
    }

    @Test
    void theGroupsSurviveJsonAndJavaSerialization() throws IOException, ClassNotFoundException {
        Article pkg = items().get(0);
        String json = ArticleJson.toJson(pkg);
        assertThat(json).contains("\"groups\":[{\"id\":\"root\",\"role\":\"group:root\",\"refs\":[{\"kind\":\"group\","
                + "\"ref\":\"main\"}");
        assertThat(ArticleJson.fromJson(json)).isEqualTo(pkg);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(pkg);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(pkg);
        }
    }

    @Test
    void ninjsGivesThePackagesItemsAsAssociationsNotAnEmptyStory() throws IOException {
        Article pkg = items().get(0);
        String ninjs = NinjsWriter.standard().toJson(pkg);
        assertThat(NinjsTest.errors(ninjs)).as(ninjs).isEmpty();
        JsonNode root = JsonMapper.builder().build().readTree(ninjs);
        assertThat(root.get("uri").stringValue()).isEqualTo("urn:newsml:example.org:20241115:morning");
        assertThat(root.get("type").stringValue()).isEqualTo("composite");
        JsonNode associations = root.get("associations");
        assertThat(associations.size()).isEqualTo(3);
        assertThat(associations.get(0).get("name").stringValue()).isEqualTo("main");
        assertThat(associations.get(0).get("uri").stringValue()).isEqualTo("urn:newsml:example.org:20241115:rice");
        assertThat(associations.get(1).get("name").stringValue()).isEqualTo("more-1");
        assertThat(associations.get(2).get("name").stringValue()).isEqualTo("more-2");
        assertThat(associations.get(2).get("headlines").get(0).get("value").stringValue())
                .isEqualTo("Yesterday's port story");
    }

    @Test
    void newsMlG2WritesAPackageItemAndAMessageKeepsTheLinks() throws IOException {
        List<Article> items = items();
        String alone = NewsMlG2Writer.standard().write(items.get(0));
        assertThat(alone).contains("<packageItem").contains("<groupSet root=\"root\">");
        assertThat(IptcSchemas.problems(alone)).as(alone).isEmpty();
        Article back = NewsWire.parse(alone.getBytes(StandardCharsets.UTF_8));
        assertThat(back.isPackage()).isTrue();
        assertThat(back.envelope().groups()).extracting(Group::id).containsExactly("root", "main", "more");
        assertThat(back.envelope().groups().get(1).refs().get(0).item()).as("its items are not in this file").isEmpty();

        String message = NewsMlG2Writer.standard().writeMessage(items);
        assertThat(IptcSchemas.problems(message)).as(message).isEmpty();
        List<Article> again = NewsWire.parser().parseItems(message.getBytes(StandardCharsets.UTF_8));
        assertThat(again.get(0).envelope().groups()).isEqualTo(items.get(0).envelope().groups());
        assertThat(again.subList(1, 3)).extracting(a -> a.envelope().headline())
                .containsExactly(Optional.of("Rice exports rise"), Optional.of("New berth opens at the port"));
    }
}
