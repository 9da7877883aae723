package cn.gov.nantong.govmedia.common.document;

import java.util.Map;

/** The Chinese names of the codes that appear in files people receive (the admin app's locale says the same). */
public final class CodeLabels {

    private static final Map<String, String> PLATFORMS = Map.ofEntries(Map.entry("WECHAT_OFFICIAL", "微信公众号"),
            Map.entry("WECHAT_CHANNELS", "微信视频号"), Map.entry("WEIBO", "微博"), Map.entry("DOUYIN", "抖音"),
            Map.entry("KUAISHOU", "快手"), Map.entry("TOUTIAO", "今日头条"), Map.entry("BILIBILI", "哔哩哔哩"),
            Map.entry("XIAOHONGSHU", "小红书"), Map.entry("MINI_PROGRAM", "小程序"), Map.entry("MOBILE_APP", "移动客户端"),
            Map.entry("OTHER", "其他"));
    private static final Map<String, String> ACCOUNT_STATUSES = Map.of("PENDING_FILING", "待备案", "ACTIVE", "已开通", "CLOSING", "关停公告中",
            "CLOSED", "已关停", "CANCELLED", "已注销");
    private static final Map<String, String> ACCOUNT_FUNCTIONS = Map.of("INFORMATION", "信息发布", "SERVICE", "办事服务", "INTERACTION",
            "互动交流");

    private CodeLabels() {
    }

    public static String platform(String code) {
        return PLATFORMS.getOrDefault(code, code);
    }

    public static String accountStatus(String code) {
        return ACCOUNT_STATUSES.getOrDefault(code, code);
    }

    public static String accountFunction(String code) {
        return ACCOUNT_FUNCTIONS.getOrDefault(code, code);
    }
}
