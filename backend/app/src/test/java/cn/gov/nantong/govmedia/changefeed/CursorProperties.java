package cn.gov.nantong.govmedia.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Change-feed cursors: every cursor we hand out reads back; anything else is a 400 naming the cursor, never an error. */
class CursorProperties {

    @Property
    void issuedCursorsDecodeToTheirSequence(@ForAll @LongRange(min = 0) long sequence) {
        assertThat(ChangeFeedController.decode(ChangeFeedController.encode(sequence))).isEqualTo(sequence);
    }

    @Property
    void anyOtherTextIsABadRequestOrASequence(@ForAll String cursor) {
        try {
            assertThat(ChangeFeedController.decode(cursor)).isNotNegative();
        } catch (ApiProblemException e) {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.toProblem().errors()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("cursor"));
        }
    }
}
