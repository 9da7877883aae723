@org.springframework.modulith.NamedInterface("jobs")
package cn.gov.nantong.govmedia.common.jobs;
