package cn.gov.nantong.govmedia.counterfeit;

import org.jspecify.annotations.Nullable;

/** The filters of the investigations list; {@code takedownOverdue} keeps confirmed fakes still up past their deadline. */
record CounterfeitFilter(@Nullable InvestigationStatus status, @Nullable CounterfeitSource source, boolean takedownOverdue) {
}
