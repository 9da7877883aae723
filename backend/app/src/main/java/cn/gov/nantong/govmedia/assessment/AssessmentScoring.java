package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.assessment.AssessmentViews.Item;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.ItemScore;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores one organization's year from the counts of each source: a scored item keeps max − deduction × occurrences,
 * never below zero; any occurrence of an active veto item makes the whole score zero (Art 32).
 */
final class AssessmentScoring {

    private AssessmentScoring() {
    }

    static Result score(long organizationId, String organizationName, int year, List<Item> scheme, Map<String, Long> counts) {
        List<ItemScore> items = new ArrayList<>();
        int total = 0;
        int max = 0;
        boolean vetoed = false;
        for (Item item : scheme) {
            long occurrences = counts.getOrDefault(item.source(), 0L);
            if (!item.active()) {
                // an inactive veto (by default the city's own spot-check veto, Art 32) is shown, never counted
                if ("VETO".equals(item.kind()) && occurrences > 0) {
                    items.add(new ItemScore(item.code(), item.name(), item.kind(), occurrences, 0, 0, "发现" + occurrences
                            + "个，本项未纳入考核方案，不计零分"));
                }
                continue;
            }
            if ("VETO".equals(item.kind())) {
                vetoed |= occurrences > 0;
                items.add(new ItemScore(item.code(), item.name(), item.kind(), occurrences, 0, 0, occurrences > 0
                        ? "发现单项否决问题" + occurrences + "个，年度考核计0分"
                        : "未发现"));
                continue;
            }
            long deducted = Math.min(item.maxPoints(), occurrences * item.deductionPoints());
            int points = (int) (item.maxPoints() - deducted);
            total += points;
            max += item.maxPoints();
            items.add(new ItemScore(item.code(), item.name(), item.kind(), occurrences, points, item.maxPoints(),
                    "计" + occurrences + "次，每次扣" + item.deductionPoints() + "分，共扣" + deducted + "分"));
        }
        return new Result(organizationId, organizationName, year, vetoed ? 0 : total, max, vetoed, items);
    }
}
