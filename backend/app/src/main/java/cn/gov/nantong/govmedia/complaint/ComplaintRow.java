package cn.gov.nantong.govmedia.complaint;

import org.jspecify.annotations.Nullable;

/** A submission with what the workflow needs: which side of it the caller is on, and the organizations' codes. */
public record ComplaintRow(ComplaintResponse complaint, boolean hostSide, boolean handlerSide, String targetCode,
                    @Nullable String forwardedCode, @Nullable String contactName, @Nullable String contactPhone) {
}
