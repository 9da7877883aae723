@org.springframework.modulith.NamedInterface("ratelimit")
package cn.gov.nantong.govmedia.common.ratelimit;
