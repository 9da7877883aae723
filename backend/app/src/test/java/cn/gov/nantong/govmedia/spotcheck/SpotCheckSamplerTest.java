package cn.gov.nantong.govmedia.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.spotcheck.SpotCheckSampler.Candidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SpotCheckSamplerTest {

    /** 200 city-level accounts (stratum 1) and 2 accounts in each of 10 counties (strata 11-20). */
    private static List<Candidate> population() {
        List<Candidate> population = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            population.add(new Candidate(id, 100 + id % 7, 1, false));
        }
        for (long county = 11; county <= 20; county++) {
            population.add(new Candidate(1000 + county * 2, 500 + county, county, true));
            population.add(new Candidate(1001 + county * 2, 500 + county, county, true));
        }
        return population;
    }

    @Test
    @DisplayName("Art 32: the same seed and the same population give the same sample, whatever order the population comes in")
    @Tag("32.4")
    void art32SameSeedSameSample() {
        List<Candidate> shuffledInput = new ArrayList<>(population());
        Collections.reverse(shuffledInput);
        assertThat(SpotCheckSampler.sample(population(), 42, 10)).isEqualTo(SpotCheckSampler.sample(shuffledInput, 42, 10));
        assertThat(SpotCheckSampler.sample(population(), 42, 10)).isNotEqualTo(SpotCheckSampler.sample(population(), 43, 10));
    }

    @Test
    @DisplayName("Art 32: at least 10% of live accounts and at least one per county/district")
    @Tag("32.4")
    void art32ShareAndStratification() {
        for (long seed = 0; seed < 50; seed++) {
            List<Candidate> sample = SpotCheckSampler.sample(population(), seed, 10);
            assertThat(sample).hasSize(22).doesNotHaveDuplicates();
            Set<Long> counties = sample.stream().filter(Candidate::county).map(Candidate::stratumId).collect(Collectors.toSet());
            assertThat(counties).hasSize(10);
        }
        // More counties than 10% allows: one per county still holds.
        List<Candidate> small = population().subList(195, 220);
        assertThat(SpotCheckSampler.sample(small, 7, 10).stream().filter(Candidate::county).map(Candidate::stratumId).distinct())
                .hasSize(10);
    }
}
