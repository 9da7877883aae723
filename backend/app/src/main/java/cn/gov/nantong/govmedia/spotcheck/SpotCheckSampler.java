package cn.gov.nantong.govmedia.spotcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The spot-check sample (Art 32), random but reproducible. Method, as shown to users:
 * <ol>
 *   <li>the population is every ACTIVE account, ordered by account id;</li>
 *   <li>it is shuffled by Fisher–Yates driven by {@code java.util.SplittableRandom(seed)};</li>
 *   <li>walking the shuffled list, the first account of each county/district (the county-level unit under the
 *       city: county governments and zone committees) is taken, so every county with live accounts is represented;</li>
 *   <li>then further accounts in shuffled order are taken until the sample holds ceil(population × percent / 100).</li>
 * </ol>
 * The same seed and the same population therefore always give the same sample, in the same order.
 */
final class SpotCheckSampler {

    /** One live account; {@code county} is false when the stratum is the city level itself. */
    record Candidate(long accountId, long hostOrganizationId, long stratumId, boolean county) {
    }

    private SpotCheckSampler() {
    }

    static int targetSize(int population, int percent) {
        return (int) Math.ceil(population * (double) percent / 100.0);
    }

    static List<Candidate> sample(List<Candidate> population, long seed, int percent) {
        List<Candidate> shuffled = new ArrayList<>(population);
        shuffled.sort(Comparator.comparingLong(Candidate::accountId));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        Set<Candidate> picked = new LinkedHashSet<>();
        Set<Long> coveredCounties = new HashSet<>();
        for (Candidate candidate : shuffled) {
            if (candidate.county() && coveredCounties.add(candidate.stratumId())) {
                picked.add(candidate);
            }
        }
        int target = targetSize(population.size(), percent);
        for (Candidate candidate : shuffled) {
            if (picked.size() >= target) {
                break;
            }
            picked.add(candidate);
        }
        return List.copyOf(picked);
    }
}
